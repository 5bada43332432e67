import fs from 'node:fs';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type NameNode,
} from 'graphql';
import { COMMON_SCHEMA_FILE } from '../graphql/subgraph-type-defs';
import { findProvince, PROVINCES, type ProvinceReference } from '../reference/provinces';

/**
 * The naming rules that keep provinces apart when each owns a subgraph of the one supergraph. Composition
 * merges every type and field by name, so two provinces that both define `SmartParking`, or both add
 * `Organization.smartParking`, would collide (composition fails with "Non-shareable field … is resolved from
 * multiple subgraphs", or worse, silently merges two meanings into one type). Prefixing every name a
 * province introduces with the province's own name makes such a collision impossible by construction:
 *
 * - the subgraph is named `<province-slug>-<something>` (`fars-smart-city`, `razavi-khorasan-tourism`);
 * - every type it defines starts with the province's PascalCase prefix (`FarsSmartCityInitiative`);
 * - every field it adds to an entity another subgraph owns (`Organization`, `Municipality`, `Province`,
 *   `InvestmentProject`, `Agreement`…) starts with the camelCase prefix (`Organization.farsSmartCityInitiatives`);
 *   the key fields it repeats (`id`, `code`) and `@external` fields are the owner's, not additions;
 * - every root field it adds (`Query`, `Mutation`, `Subscription`) starts with the camelCase prefix.
 *
 * A prefix counts only at a word boundary: `KermanshahItem` is Kermanshah's, not Kerman's.
 */

/** A province's prefixes: `Fars` / `fars` / `fars`, `RazaviKhorasan` / `razaviKhorasan` / `razavi-khorasan`. */
export interface ProvincePrefix {
  readonly pascal: string;
  readonly camel: string;
  readonly slug: string;
}

/** One name that breaks the rules: where it is (`Organization.smartParking`) and what is wrong with it. */
export interface ProvinceNamingViolation {
  readonly path: string;
  readonly message: string;
}

/** The longest a subgraph name may be: its PostgreSQL schema is named after it, and identifiers stop at 63. */
export const MAX_SUBGRAPH_NAME_LENGTH = 63;

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function provinceOrThrow(code: string): ProvinceReference {
  const province = findProvince(code);
  if (!province) throw new Error(`Unknown province code "${code}"; expected an ISO 3166-2:IR code such as IR-07`);
  return province;
}

/** The words of an English province name: "Kohgiluyeh and Boyer-Ahmad" → kohgiluyeh, and, boyer, ahmad. */
function words(nameEn: string): string[] {
  return nameEn
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** `IR-07` → `fars`, `IR-09` → `razavi-khorasan`, `IR-11` → `sistan-and-baluchestan`. */
export function provinceSlug(code: string): string {
  return words(provinceOrThrow(code).nameEn).join('-');
}

/** The three spellings of a province's prefix. Throws on a code that is not a province's. */
export function provincePrefix(code: string): ProvincePrefix {
  const parts = words(provinceOrThrow(code).nameEn);
  const pascal = parts.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return { pascal, camel: pascal[0].toLowerCase() + pascal.slice(1), slug: parts.join('-') };
}

/**
 * Whether `name` starts with `prefix` at a word boundary: the prefix is the whole name, or what follows it
 * starts a new word (an upper-case letter, a digit or an underscore), never a lower-case letter.
 */
export function hasNamePrefix(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  const next = name.charAt(prefix.length);
  return next === '' || !/[a-z]/.test(next);
}

/**
 * The problems of a province subgraph's name, none when it is right: kebab case, at most 63 characters, and
 * `<province-slug>-<something>` for the province it belongs to.
 */
export function checkProvinceSubgraphName(name: string, provinceCode: string): string[] {
  const province = findProvince(provinceCode);
  if (!province)
    return [
      `unknown province code "${provinceCode}"; expected an ISO 3166-2:IR code such as IR-07 (see shared/src/reference/provinces.ts)`,
    ];
  const { slug } = provincePrefix(province.code);
  const problems: string[] = [];
  if (!KEBAB_CASE.test(name)) {
    problems.push(
      `name must be kebab case (lower-case ASCII letters and digits, words joined by single hyphens), e.g. ${slug}-smart-city; got "${name}"`,
    );
  }
  if (!name.startsWith(`${slug}-`)) {
    problems.push(`name must start with "${slug}-" (the slug of ${province.code}, ${province.nameEn})`);
  } else if (name.length === slug.length + 1) {
    problems.push(`name must say what the subgraph is about after "${slug}-", e.g. ${slug}-smart-city`);
  }
  if (name.length > MAX_SUBGRAPH_NAME_LENGTH) {
    problems.push(
      `name must be at most ${MAX_SUBGRAPH_NAME_LENGTH} characters (its database schema is named after it); it has ${name.length}`,
    );
  }
  return problems;
}

/**
 * The province a subgraph name belongs to by its slug, if any (`fars-smart-city` → Fars). Slugs never prefix
 * one another at a hyphen, so at most one province matches.
 */
export function provinceOfSubgraphName(name: string): ProvinceReference | undefined {
  return PROVINCES.find((province) => name.startsWith(`${provinceSlug(province.code)}-`));
}

let sharedTypes: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * The types every subgraph shares (`PageInfo`, `Source`, `CalendarDate`, `Money`, `BigInt`…), which the
 * shared kit serves beside each subgraph's own schema, with the names of their fields and values: they belong
 * to no province, so a province may repeat them but never add to them.
 */
export function sharedSchemaTypes(): ReadonlyMap<string, ReadonlySet<string>> {
  sharedTypes ??= new Map(
    parse(fs.readFileSync(COMMON_SCHEMA_FILE, 'utf8')).definitions.flatMap((definition) => {
      const name = typeNameOf(definition);
      return name ? [[name, new Set(memberNames(definition))] as const] : [];
    }),
  );
  return sharedTypes;
}

export function sharedSchemaTypeNames(): ReadonlySet<string> {
  return new Set(sharedSchemaTypes().keys());
}

/**
 * Federation's own names, which every subgraph serves and no province chooses. Exact names only: a rule that
 * exempted every name starting with `_` or containing `__` would let a province add `Query._anything`.
 */
const FEDERATION_TYPES: ReadonlySet<string> = new Set([
  '_Any',
  '_Entity',
  '_Service',
  'FieldSet',
  'link__Import',
  'link__Purpose',
  'federation__FieldSet',
  'federation__Scope',
  'federation__Policy',
  'federation__ContextFieldValue',
]);
const FEDERATION_ROOT_FIELDS: ReadonlySet<string> = new Set(['_service', '_entities']);

const ROOT_OPERATIONS = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/**
 * Checks a province subgraph's SDL against the naming rules; an empty list when it keeps to them.
 *
 * `sdl` may be the subgraph's schema.graphql or what it serves as `_service { sdl }` (with the shared types):
 * federation's own names (`_Any`, `link__Import`…, exactly those) are exempt; the shared types may be repeated
 * but not added to; the root types' fields carry the prefix.
 * `ownEntityTypes` names the entity types the subgraph owns; by default every type whose name carries the
 * province's prefix. An `@key` type outside that set is an entity another subgraph owns, which this one
 * extends: the fields it adds there must carry the camelCase prefix, all but the key fields it repeats and
 * fields it marks `@external`. `foreignEntityTypes`, when given, are the entity types the other subgraphs
 * define: an unprefixed `@key` type outside it is a new type, held to the type prefix.
 */
export function provinceNamingViolations(
  sdl: string,
  provinceCode: string,
  ownEntityTypes?: readonly string[],
  foreignEntityTypes?: ReadonlySet<string>,
): ProvinceNamingViolation[] {
  const province = provinceOrThrow(provinceCode);
  const prefix = provincePrefix(province.code);
  const document = parse(sdl);
  const roots = rootTypeNames(document);
  const shared = sharedSchemaTypes();
  const owns = (typeName: string) => (ownEntityTypes ? ownEntityTypes.includes(typeName) : hasNamePrefix(typeName, prefix.pascal));
  const violations: ProvinceNamingViolation[] = [];
  const reported = new Set<string>();
  const report = (path: string, message: string) => {
    const key = `${path}\n${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    violations.push({ path, message });
  };

  // Key fields are gathered over every definition and extension of a type first: `extend type X` may repeat
  // a key declared on another block.
  const keyFields = new Map<string, Set<string>>();
  for (const definition of document.definitions) {
    const name = typeNameOf(definition);
    if (!name) continue;
    for (const key of directivesOf(definition).filter((d) => d.name.value === 'key')) {
      const fields = key.arguments?.find((a) => a.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      const set = keyFields.get(name) ?? new Set<string>();
      for (const field of topLevelFields(fields.value)) set.add(field);
      keyFields.set(name, set);
    }
  }

  for (const definition of document.definitions) {
    const name = typeNameOf(definition);
    if (!name || FEDERATION_TYPES.has(name)) continue;
    const fields = fieldsOf(definition);
    const sharedMembers = shared.get(name);
    if (sharedMembers) {
      // A shared type is repeated as it is: a value added to `ActorRole` or a field added to `PageInfo` would
      // change every subgraph's type, and @inaccessible on it would hide it from every client.
      for (const member of memberNames(definition)) {
        if (!sharedMembers.has(member))
          report(
            `${name}.${member}`,
            `${name} is a shared type (shared/schema/common.graphql); ${province.nameEn} cannot add "${member}" to it`,
          );
      }
      for (const where of inaccessibleIn(definition))
        report(where === '' ? name : `${name}.${where}`, `${name} is a shared type; ${province.nameEn} cannot mark it @inaccessible`);
      continue;
    }
    if (roots.has(name)) {
      const operation = roots.get(name)!;
      for (const field of fields) {
        if (FEDERATION_ROOT_FIELDS.has(field.name.value) || hasNamePrefix(field.name.value, prefix.camel)) continue;
        report(`${name}.${field.name.value}`, `a ${operation} field ${province.nameEn} adds must start with "${prefix.camel}"`);
      }
      continue;
    }
    // An unprefixed `@key` type extends an entity another subgraph owns; when the registry says which entities
    // the others own, one that none of them owns is a new type of this province's, and needs the prefix.
    const isForeignEntity = keyFields.has(name) && !owns(name) && (!foreignEntityTypes || foreignEntityTypes.has(name));
    if (isForeignEntity) {
      if (hasDirective(directivesOf(definition), 'interfaceObject')) {
        report(
          name,
          `${province.nameEn} cannot declare ${name}, which another subgraph owns, @interfaceObject; it would add fields to every type that implements it`,
        );
      }
      if (hasDirective(directivesOf(definition), 'inaccessible'))
        report(name, `${province.nameEn} cannot mark ${name}, which another subgraph owns, @inaccessible`);
      const keys = keyFields.get(name)!;
      for (const field of fields) {
        const fieldName = field.name.value;
        const ownField = hasNamePrefix(fieldName, prefix.camel);
        if (!ownField && hasDirective(field.directives, 'inaccessible')) {
          report(`${name}.${fieldName}`, `${province.nameEn} cannot mark ${name}.${fieldName}, which another subgraph owns, @inaccessible`);
        }
        if (ownField || keys.has(fieldName) || isExternal(field)) continue;
        report(`${name}.${fieldName}`, `a field ${province.nameEn} adds to ${name} must start with "${prefix.camel}"`);
      }
      continue;
    }
    if (!hasNamePrefix(name, prefix.pascal)) {
      report(name, `${kindLabel(definition)} ${province.nameEn} defines must start with "${prefix.pascal}"`);
    }
  }

  // Taking a field over from another subgraph (@override) is how a province would move a core field's
  // resolution to itself: only its own subgraphs may be named in `from`.
  for (const definition of document.definitions) {
    const typeName = typeNameOf(definition);
    if (!typeName) continue;
    for (const field of fieldsOf(definition)) {
      for (const directive of (field.directives ?? []).filter((d) => isDirective(d, 'override'))) {
        const from = directive.arguments?.find((a) => a.name.value === 'from')?.value;
        const fromName = from?.kind === Kind.STRING ? from.value : '';
        if (provinceOfSubgraphName(fromName)?.code !== province.code) {
          report(
            `${typeName}.${field.name.value}`,
            `${province.nameEn} may take a field over (@override) only from its own subgraphs (named "${prefix.slug}-…"), not from "${fromName}"`,
          );
        }
      }
    }
  }
  return violations;
}

/** The root types by name, with their operation: `schema { query: … }` if the SDL declares one. */
function rootTypeNames(document: DocumentNode): Map<string, string> {
  const roots = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const operation of definition.operationTypes ?? []) {
      roots.set(operation.type.name.value, ROOT_OPERATIONS[operation.operation]);
    }
  }
  if (roots.size === 0) for (const name of Object.values(ROOT_OPERATIONS)) roots.set(name, name);
  return roots;
}

function typeNameOf(definition: DefinitionNode): string | undefined {
  return 'name' in definition && definition.name && isTypeDefinitionKind(definition.kind) ? (definition.name as NameNode).value : undefined;
}

const TYPE_KINDS: ReadonlySet<string> = new Set([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.UNION_TYPE_EXTENSION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.ENUM_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.SCALAR_TYPE_EXTENSION,
]);

function isTypeDefinitionKind(kind: Kind): boolean {
  return TYPE_KINDS.has(kind);
}

/** The kind of a type as the messages name it, with its article. */
function kindLabel(definition: DefinitionNode): string {
  switch (definition.kind) {
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return 'an interface';
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
      return 'a union';
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return 'an enum';
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return 'an input type';
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return 'a scalar';
    default:
      return 'a type';
  }
}

function directivesOf(definition: DefinitionNode): readonly ConstDirectiveNode[] {
  return 'directives' in definition && definition.directives ? (definition.directives as readonly ConstDirectiveNode[]) : [];
}

function fieldsOf(definition: DefinitionNode): readonly (FieldDefinitionNode | InputValueDefinitionNode)[] {
  if (
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
    definition.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    definition.kind === Kind.INTERFACE_TYPE_EXTENSION ||
    definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION ||
    definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION
  ) {
    return definition.fields ?? [];
  }
  return [];
}

function isExternal(field: FieldDefinitionNode | InputValueDefinitionNode): boolean {
  return hasDirective(field.directives, 'external');
}

/** A directive by its name, imported (`@override`) or namespaced (`@federation__override`). */
function isDirective(directive: ConstDirectiveNode, name: string): boolean {
  return directive.name.value === name || directive.name.value === `federation__${name}`;
}

function hasDirective(directives: readonly ConstDirectiveNode[] | undefined, name: string): boolean {
  return (directives ?? []).some((d) => isDirective(d, name));
}

/** The names of a type's fields, input fields or enum values. */
function memberNames(definition: DefinitionNode): string[] {
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION)
    return (definition.values ?? []).map((v) => v.name.value);
  return fieldsOf(definition).map((f) => f.name.value);
}

/** Where a definition carries @inaccessible: '' for the type itself, else the member's (and argument's) path. */
function inaccessibleIn(definition: DefinitionNode): string[] {
  const found = hasDirective(directivesOf(definition), 'inaccessible') ? [''] : [];
  if (definition.kind === Kind.ENUM_TYPE_DEFINITION || definition.kind === Kind.ENUM_TYPE_EXTENSION) {
    for (const value of definition.values ?? []) if (hasDirective(value.directives, 'inaccessible')) found.push(value.name.value);
  }
  for (const field of fieldsOf(definition)) {
    if (hasDirective(field.directives, 'inaccessible')) found.push(field.name.value);
    if ('arguments' in field) {
      for (const argument of field.arguments ?? [])
        if (hasDirective(argument.directives, 'inaccessible')) found.push(`${field.name.value}(${argument.name.value})`);
    }
  }
  return found;
}

/** The top-level field names of a `@key(fields: …)` selection: `"id organization { id }"` → id, organization. */
export function topLevelFields(selection: string): string[] {
  const fields: string[] = [];
  let depth = 0;
  for (const token of selection.match(/[{}]|[_A-Za-z][_0-9A-Za-z]*/g) ?? []) {
    if (token === '{') depth += 1;
    else if (token === '}') depth -= 1;
    else if (depth === 0) fields.push(token);
  }
  return fields;
}
