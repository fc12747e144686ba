import { Kind, type GraphQLAbstractType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLResolveInfo, type NamedTypeNode, type SelectionSetNode } from 'graphql';

/**
 * The kind of a schema type, by its toStringTag rather than `instanceof`:
 * Apollo executes with graphql's CommonJS build while this module may load
 * the ESM one, and graphql's `isAbstractType` & co. throw across the two.
 */
const kindOf = (type: GraphQLNamedType | undefined) => Object.prototype.toString.call(type);
const isAbstract = (type: GraphQLNamedType | undefined): type is GraphQLAbstractType =>
  kindOf(type) === '[object GraphQLInterfaceType]' || kindOf(type) === '[object GraphQLUnionType]';
const isObjectOrInterface = (type: GraphQLNamedType | undefined): type is GraphQLObjectType =>
  kindOf(type) === '[object GraphQLObjectType]' || kindOf(type) === '[object GraphQLInterfaceType]';

/**
 * The names of the fields selected under the current field, through
 * fragments and inline fragments. Lets a resolver call only the SES
 * operations the query needs (the SES v1 API's attribute filter, made general).
 *
 * With `typeName` (the concrete type the field resolves to), a fragment counts
 * only when it applies to that type: no type condition, the type itself, or
 * an interface or union the type belongs to. Without it every fragment counts.
 */
export function selectedFields(info: GraphQLResolveInfo, typeName?: string): Set<string> {
  const names = new Set<string>();
  const type = typeName === undefined ? undefined : info.schema.getType(typeName);
  const applies = (condition: NamedTypeNode | undefined): boolean => {
    if (!condition || typeName === undefined) return true;
    const name = condition.name.value;
    if (name === typeName) return true;
    const conditionType = info.schema.getType(name);
    // The schema's own isSubType runs in the schema's realm.
    return isAbstract(conditionType) && isObjectOrInterface(type) && info.schema.isSubType(conditionType, type);
  };
  const visit = (selectionSet: SelectionSetNode | undefined, depth: number) => {
    if (!selectionSet || depth > 20) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) visit(selection.selectionSet, depth + 1);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition)) visit(fragment.selectionSet, depth + 1);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}
