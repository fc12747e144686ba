/**
 * Every SES operation the gateway calls, with its SDK command, input and
 * output types, and whether it writes. The access layer is generic over this
 * table, so adding an operation is one line here.
 */
import {
  BatchGetMetricDataCommand,
  CreateConfigurationSetCommand,
  CreateConfigurationSetEventDestinationCommand,
  CreateEmailIdentityCommand,
  DeleteConfigurationSetCommand,
  DeleteConfigurationSetEventDestinationCommand,
  DeleteEmailIdentityCommand,
  GetAccountCommand,
  GetConfigurationSetCommand,
  GetConfigurationSetEventDestinationsCommand,
  GetDedicatedIpPoolCommand,
  GetEmailIdentityCommand,
  ListConfigurationSetsCommand,
  ListDedicatedIpPoolsCommand,
  ListEmailIdentitiesCommand,
  ListRecommendationsCommand,
  ListTagsForResourceCommand,
  PutAccountVdmAttributesCommand,
  PutConfigurationSetArchivingOptionsCommand,
  PutConfigurationSetDeliveryOptionsCommand,
  PutConfigurationSetReputationOptionsCommand,
  PutConfigurationSetSendingOptionsCommand,
  PutConfigurationSetSuppressionOptionsCommand,
  PutConfigurationSetTrackingOptionsCommand,
  PutConfigurationSetVdmOptionsCommand,
  PutEmailIdentityConfigurationSetAttributesCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateConfigurationSetCommand,
  UpdateConfigurationSetEventDestinationCommand,
  type $Command,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  type SESv2ClientResolvedConfig,
  type BatchGetMetricDataCommandInput,
  type BatchGetMetricDataCommandOutput,
  type CreateConfigurationSetCommandInput,
  type CreateConfigurationSetCommandOutput,
  type CreateConfigurationSetEventDestinationCommandInput,
  type CreateConfigurationSetEventDestinationCommandOutput,
  type CreateEmailIdentityCommandInput,
  type CreateEmailIdentityCommandOutput,
  type DeleteConfigurationSetCommandInput,
  type DeleteConfigurationSetCommandOutput,
  type DeleteConfigurationSetEventDestinationCommandInput,
  type DeleteConfigurationSetEventDestinationCommandOutput,
  type DeleteEmailIdentityCommandInput,
  type DeleteEmailIdentityCommandOutput,
  type GetAccountCommandInput,
  type GetAccountCommandOutput,
  type GetConfigurationSetCommandInput,
  type GetConfigurationSetCommandOutput,
  type GetConfigurationSetEventDestinationsCommandInput,
  type GetConfigurationSetEventDestinationsCommandOutput,
  type GetDedicatedIpPoolCommandInput,
  type GetDedicatedIpPoolCommandOutput,
  type GetEmailIdentityCommandInput,
  type GetEmailIdentityCommandOutput,
  type ListConfigurationSetsCommandInput,
  type ListConfigurationSetsCommandOutput,
  type ListDedicatedIpPoolsCommandInput,
  type ListDedicatedIpPoolsCommandOutput,
  type ListEmailIdentitiesCommandInput,
  type ListEmailIdentitiesCommandOutput,
  type ListRecommendationsCommandInput,
  type ListRecommendationsCommandOutput,
  type ListTagsForResourceCommandInput,
  type ListTagsForResourceCommandOutput,
  type PutAccountVdmAttributesCommandInput,
  type PutAccountVdmAttributesCommandOutput,
  type PutConfigurationSetArchivingOptionsCommandInput,
  type PutConfigurationSetArchivingOptionsCommandOutput,
  type PutConfigurationSetDeliveryOptionsCommandInput,
  type PutConfigurationSetDeliveryOptionsCommandOutput,
  type PutConfigurationSetReputationOptionsCommandInput,
  type PutConfigurationSetReputationOptionsCommandOutput,
  type PutConfigurationSetSendingOptionsCommandInput,
  type PutConfigurationSetSendingOptionsCommandOutput,
  type PutConfigurationSetSuppressionOptionsCommandInput,
  type PutConfigurationSetSuppressionOptionsCommandOutput,
  type PutConfigurationSetTrackingOptionsCommandInput,
  type PutConfigurationSetTrackingOptionsCommandOutput,
  type PutConfigurationSetVdmOptionsCommandInput,
  type PutConfigurationSetVdmOptionsCommandOutput,
  type PutEmailIdentityConfigurationSetAttributesCommandInput,
  type PutEmailIdentityConfigurationSetAttributesCommandOutput,
  type TagResourceCommandInput,
  type TagResourceCommandOutput,
  type UntagResourceCommandInput,
  type UntagResourceCommandOutput,
  type UpdateConfigurationSetCommandInput,
  type UpdateConfigurationSetCommandOutput,
  type UpdateConfigurationSetEventDestinationCommandInput,
  type UpdateConfigurationSetEventDestinationCommandOutput,
} from '@aws-sdk/client-sesv2';

export interface SesReads {
  GetConfigurationSet: [GetConfigurationSetCommandInput, GetConfigurationSetCommandOutput];
  ListConfigurationSets: [ListConfigurationSetsCommandInput, ListConfigurationSetsCommandOutput];
  GetConfigurationSetEventDestinations: [GetConfigurationSetEventDestinationsCommandInput, GetConfigurationSetEventDestinationsCommandOutput];
  GetEmailIdentity: [GetEmailIdentityCommandInput, GetEmailIdentityCommandOutput];
  ListEmailIdentities: [ListEmailIdentitiesCommandInput, ListEmailIdentitiesCommandOutput];
  GetDedicatedIpPool: [GetDedicatedIpPoolCommandInput, GetDedicatedIpPoolCommandOutput];
  ListDedicatedIpPools: [ListDedicatedIpPoolsCommandInput, ListDedicatedIpPoolsCommandOutput];
  ListTagsForResource: [ListTagsForResourceCommandInput, ListTagsForResourceCommandOutput];
  GetAccount: [GetAccountCommandInput, GetAccountCommandOutput];
  BatchGetMetricData: [BatchGetMetricDataCommandInput, BatchGetMetricDataCommandOutput];
  ListRecommendations: [ListRecommendationsCommandInput, ListRecommendationsCommandOutput];
}

export interface SesWrites {
  CreateConfigurationSet: [CreateConfigurationSetCommandInput, CreateConfigurationSetCommandOutput];
  DeleteConfigurationSet: [DeleteConfigurationSetCommandInput, DeleteConfigurationSetCommandOutput];
  UpdateConfigurationSet: [UpdateConfigurationSetCommandInput, UpdateConfigurationSetCommandOutput];
  PutConfigurationSetSendingOptions: [PutConfigurationSetSendingOptionsCommandInput, PutConfigurationSetSendingOptionsCommandOutput];
  PutConfigurationSetDeliveryOptions: [PutConfigurationSetDeliveryOptionsCommandInput, PutConfigurationSetDeliveryOptionsCommandOutput];
  PutConfigurationSetTrackingOptions: [PutConfigurationSetTrackingOptionsCommandInput, PutConfigurationSetTrackingOptionsCommandOutput];
  PutConfigurationSetReputationOptions: [PutConfigurationSetReputationOptionsCommandInput, PutConfigurationSetReputationOptionsCommandOutput];
  PutConfigurationSetSuppressionOptions: [PutConfigurationSetSuppressionOptionsCommandInput, PutConfigurationSetSuppressionOptionsCommandOutput];
  PutConfigurationSetVdmOptions: [PutConfigurationSetVdmOptionsCommandInput, PutConfigurationSetVdmOptionsCommandOutput];
  PutConfigurationSetArchivingOptions: [PutConfigurationSetArchivingOptionsCommandInput, PutConfigurationSetArchivingOptionsCommandOutput];
  CreateConfigurationSetEventDestination: [CreateConfigurationSetEventDestinationCommandInput, CreateConfigurationSetEventDestinationCommandOutput];
  UpdateConfigurationSetEventDestination: [UpdateConfigurationSetEventDestinationCommandInput, UpdateConfigurationSetEventDestinationCommandOutput];
  DeleteConfigurationSetEventDestination: [DeleteConfigurationSetEventDestinationCommandInput, DeleteConfigurationSetEventDestinationCommandOutput];
  CreateEmailIdentity: [CreateEmailIdentityCommandInput, CreateEmailIdentityCommandOutput];
  DeleteEmailIdentity: [DeleteEmailIdentityCommandInput, DeleteEmailIdentityCommandOutput];
  PutEmailIdentityConfigurationSetAttributes: [PutEmailIdentityConfigurationSetAttributesCommandInput, PutEmailIdentityConfigurationSetAttributesCommandOutput];
  TagResource: [TagResourceCommandInput, TagResourceCommandOutput];
  UntagResource: [UntagResourceCommandInput, UntagResourceCommandOutput];
  PutAccountVdmAttributes: [PutAccountVdmAttributesCommandInput, PutAccountVdmAttributesCommandOutput];
}

type SesOperations = SesReads & SesWrites;
export type SesOperationName = keyof SesOperations;
export type InputOf<K extends SesOperationName> = SesOperations[K][0];
export type OutputOf<K extends SesOperationName> = SesOperations[K][1];

/** The SDK command of operation K, typed so that `SESv2Client.send` answers with K's output. */
type SesCommand<K extends SesOperationName> = $Command<InputOf<K>, OutputOf<K>, SESv2ClientResolvedConfig, ServiceInputTypes, ServiceOutputTypes>;

/** Each operation's SDK command class; indexed by a generic K, it still builds K's command from K's input. */
export const COMMANDS: { [K in SesOperationName]: new (input: InputOf<K>) => SesCommand<K> } = {
  GetConfigurationSet: GetConfigurationSetCommand,
  ListConfigurationSets: ListConfigurationSetsCommand,
  GetConfigurationSetEventDestinations: GetConfigurationSetEventDestinationsCommand,
  GetEmailIdentity: GetEmailIdentityCommand,
  ListEmailIdentities: ListEmailIdentitiesCommand,
  GetDedicatedIpPool: GetDedicatedIpPoolCommand,
  ListDedicatedIpPools: ListDedicatedIpPoolsCommand,
  ListTagsForResource: ListTagsForResourceCommand,
  GetAccount: GetAccountCommand,
  BatchGetMetricData: BatchGetMetricDataCommand,
  ListRecommendations: ListRecommendationsCommand,
  CreateConfigurationSet: CreateConfigurationSetCommand,
  DeleteConfigurationSet: DeleteConfigurationSetCommand,
  UpdateConfigurationSet: UpdateConfigurationSetCommand,
  PutConfigurationSetSendingOptions: PutConfigurationSetSendingOptionsCommand,
  PutConfigurationSetDeliveryOptions: PutConfigurationSetDeliveryOptionsCommand,
  PutConfigurationSetTrackingOptions: PutConfigurationSetTrackingOptionsCommand,
  PutConfigurationSetReputationOptions: PutConfigurationSetReputationOptionsCommand,
  PutConfigurationSetSuppressionOptions: PutConfigurationSetSuppressionOptionsCommand,
  PutConfigurationSetVdmOptions: PutConfigurationSetVdmOptionsCommand,
  PutConfigurationSetArchivingOptions: PutConfigurationSetArchivingOptionsCommand,
  CreateConfigurationSetEventDestination: CreateConfigurationSetEventDestinationCommand,
  UpdateConfigurationSetEventDestination: UpdateConfigurationSetEventDestinationCommand,
  DeleteConfigurationSetEventDestination: DeleteConfigurationSetEventDestinationCommand,
  CreateEmailIdentity: CreateEmailIdentityCommand,
  DeleteEmailIdentity: DeleteEmailIdentityCommand,
  PutEmailIdentityConfigurationSetAttributes: PutEmailIdentityConfigurationSetAttributesCommand,
  TagResource: TagResourceCommand,
  UntagResource: UntagResourceCommand,
  PutAccountVdmAttributes: PutAccountVdmAttributesCommand,
};
