import type { Node as EstreeNode, SourceLocation } from 'estree';
import type { Position } from 'unist';
import type { PropReadFact } from './facts';

/** What a walk over an ESM or expression program found. */
export type EstreeFacts = {
  /** Names referenced (identifiers that are not property keys, plus JSX element roots). */
  readonly references: Set<string>;
  /** Reads of `props.X`. */
  readonly propsRead: PropReadFact[];
  /** Names declared by `export const`/`export function`/`export class`. */
  readonly declarations: Set<string>;
};

/** Creates an empty accumulator for {@link walkEstree}. */
export function emptyEstreeFacts(): EstreeFacts {
  return { references: new Set(), propsRead: [], declarations: new Set() };
}

const isNode = (value: unknown): value is EstreeNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Converts an estree location (0-based columns) to a unist position (1-based columns). */
export function positionFromLoc(loc: SourceLocation | null | undefined, start?: number, end?: number): Position | undefined {
  if (!loc) {
    return undefined;
  }
  return {
    start: { line: loc.start.line, column: loc.start.column + 1, offset: start },
    end: { line: loc.end.line, column: loc.end.column + 1, offset: end },
  };
}

/** The name a `props.X` (or `props['X']`) member expression reads, if it is one. */
function propNameOf(node: EstreeNode): string | undefined {
  if (node.type !== 'MemberExpression' || node.object.type !== 'Identifier' || node.object.name !== 'props') {
    return undefined;
  }
  if (!node.computed && node.property.type === 'Identifier') {
    return node.property.name;
  }
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** True when `node`, as a child of `parent`, is read in a way that tolerates `undefined`. */
function readsOptionally(node: EstreeNode, parent: EstreeNode | undefined): boolean {
  if (node.type === 'MemberExpression' && node.optional) {
    return true;
  }
  if (!parent) {
    return false;
  }
  switch (parent.type) {
    case 'LogicalExpression':
      return parent.left === node;
    case 'ConditionalExpression':
      return parent.test === node;
    case 'UnaryExpression':
      return parent.operator === 'typeof' || parent.operator === '!';
    case 'ChainExpression':
      return true;
    default:
      return false;
  }
}

/** Records the names an `export` declaration binds. */
function recordDeclarations(node: EstreeNode, facts: EstreeFacts): void {
  if (node.type !== 'ExportNamedDeclaration' || !node.declaration) {
    return;
  }
  const declaration = node.declaration;
  if (declaration.type === 'VariableDeclaration') {
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier') {
        facts.declarations.add(declarator.id.name);
      }
    }
  } else if (declaration.id) {
    facts.declarations.add(declaration.id.name);
  }
}

/**
 * Walks an estree program (from an MDX node's `data.estree`) and accumulates references, `props`
 * reads and exported declarations. Import declarations are skipped: they bind names, they do not use them.
 */
export function walkEstree(program: EstreeNode, facts: EstreeFacts): void {
  const visit = (node: EstreeNode, parent: EstreeNode | undefined, key: string | undefined): void => {
    if (node.type === 'ImportDeclaration') {
      return;
    }
    recordDeclarations(node, facts);
    const propName = propNameOf(node);
    if (propName !== undefined) {
      const position = positionFromLoc(node.loc, node.range?.[0], node.range?.[1]);
      if (position) {
        facts.propsRead.push({ name: propName, optional: readsOptionally(node, parent), position });
      }
    }
    if (node.type === 'Identifier') {
      const isPropertyKey =
        (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) ||
        (parent?.type === 'Property' && key === 'key' && !parent.computed && !parent.shorthand);
      if (!isPropertyKey) {
        facts.references.add(node.name);
      }
    }
    // JSX inside expressions (`{cond && <Tip />}`): its element names are references too.
    const jsxName = (node as { type: string; name?: unknown }).name;
    if (node.type === ('JSXIdentifier' as string) && typeof jsxName === 'string' && key !== 'property') {
      facts.references.add(jsxName);
    }
    for (const [childKey, value] of Object.entries(node)) {
      if (childKey === 'loc' || childKey === 'range') {
        continue;
      }
      if (Array.isArray(value)) {
        for (const item of value) {
          if (isNode(item)) {
            visit(item, node, childKey);
          }
        }
      } else if (isNode(value)) {
        visit(value, node, childKey);
      }
    }
  };
  visit(program, undefined, undefined);
}
