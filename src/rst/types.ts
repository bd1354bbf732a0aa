/**
 * Node types of the reStructuredText syntax tree produced by `rstParse`.
 *
 * The tree is a unist tree: every node carries an exact `position`
 * (1-based line and column, 0-based offset) into the original text.
 * Columns count UTF-16 code units of the *original* line (tabs are not
 * expanded in positions; tab expansion only affects indentation logic).
 * Node names follow docutils' doctree, camelCased (definition_list →
 * `definitionList`), so the docutils oracle can be compared one to one.
 */
import type {Literal, Node, Parent, Position} from 'unist';

export type {Position};

// ---------------------------------------------------------------- blocks

export interface RstRoot extends Parent {
  type: 'root';
  children: RstBlock[];
}

/** A section; `children[0]` is always its `title`. */
export interface Section extends Parent {
  type: 'section';
  /** 1 for the first adornment style met in the document, 2 for the next… */
  depth: number;
  children: RstBlock[];
}

export interface Title extends Parent {
  type: 'title';
  /** The adornment character and whether an overline was used. */
  adornment: {char: string; overline: boolean};
  children: RstInline[];
}

export interface Paragraph extends Parent {
  type: 'paragraph';
  children: RstInline[];
}

export interface BulletList extends Parent {
  type: 'bulletList';
  bullet: string;
  children: ListItem[];
}

export interface EnumeratedList extends Parent {
  type: 'enumeratedList';
  enumtype: 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman';
  start: number;
  prefix: string;
  suffix: string;
  children: ListItem[];
}

export interface ListItem extends Parent {
  type: 'listItem';
  children: RstBlock[];
}

export interface DefinitionList extends Parent {
  type: 'definitionList';
  children: DefinitionListItem[];
}

/** children: one `term`, zero or more `classifier`s, one `definition`. */
export interface DefinitionListItem extends Parent {
  type: 'definitionListItem';
  children: Array<Term | Classifier | Definition>;
}

export interface Term extends Parent {
  type: 'term';
  children: RstInline[];
}

export interface Classifier extends Parent {
  type: 'classifier';
  children: RstInline[];
}

export interface Definition extends Parent {
  type: 'definition';
  children: RstBlock[];
}

export interface FieldList extends Parent {
  type: 'fieldList';
  children: Field[];
}

export interface Field extends Parent {
  type: 'field';
  children: [FieldName, FieldBody];
}

export interface FieldName extends Parent {
  type: 'fieldName';
  children: RstInline[];
}

export interface FieldBody extends Parent {
  type: 'fieldBody';
  children: RstBlock[];
}

export interface OptionList extends Parent {
  type: 'optionList';
  children: RstBlock[];
}

/** `::` literal blocks (indented or quoted); value has the indentation removed. */
export interface LiteralBlock extends Literal {
  type: 'literalBlock';
  value: string;
}

export interface LineBlock extends Parent {
  type: 'lineBlock';
  children: RstBlock[];
}

export interface DoctestBlock extends Literal {
  type: 'doctestBlock';
  value: string;
}

/**
 * `.. name:: argument` with `:option: value` lines and a content block.
 * `value` is the raw content (indentation removed); `children` is the content
 * parsed as body elements for directives whose content is body text
 * (note, warning, admonition, …), empty otherwise.
 */
export interface Directive extends Parent {
  type: 'directive';
  name: string;
  argument: string;
  options: Record<string, string>;
  value: string;
  children: RstBlock[];
}

export interface Comment extends Literal {
  type: 'comment';
  value: string;
}

export interface SubstitutionDefinition extends Literal {
  type: 'substitutionDefinition';
  name: string;
  value: string;
}

/** `.. _name: url` (and anonymous `__ url`) hyperlink targets. */
export interface Target extends Node {
  type: 'target';
  name: string;
  url?: string;
}

/** `.. [1] text` footnotes and `.. [name] text` citations. */
export interface Footnote extends Parent {
  type: 'footnote' | 'citation';
  label: string;
  children: RstBlock[];
}

/** Simple and grid tables, kept as blocks with their raw text. */
export interface Table extends Literal {
  type: 'table';
  kind: 'simple' | 'grid';
  value: string;
}

export interface BlockQuote extends Parent {
  type: 'blockQuote';
  children: RstBlock[];
}

export interface Transition extends Node {
  type: 'transition';
}

export type RstBlock =
  | Section
  | Title
  | Paragraph
  | BulletList
  | EnumeratedList
  | ListItem
  | DefinitionList
  | DefinitionListItem
  | Term
  | Classifier
  | Definition
  | FieldList
  | Field
  | FieldName
  | FieldBody
  | OptionList
  | LiteralBlock
  | LineBlock
  | DoctestBlock
  | Directive
  | Comment
  | SubstitutionDefinition
  | Target
  | Footnote
  | Table
  | BlockQuote
  | Transition;

// ---------------------------------------------------------------- inline

/** Plain text; `value` is the text with line indentation removed (as docutils). */
export interface Text extends Literal {
  type: 'text';
  value: string;
}

/** ``inline literal`` */
export interface InlineLiteral extends Literal {
  type: 'literal';
  value: string;
}

export interface Emphasis extends Parent {
  type: 'emphasis';
  children: RstInline[];
}

export interface Strong extends Parent {
  type: 'strong';
  children: RstInline[];
}

/** `text` or :role:`text` (role undefined for the default role). */
export interface Interpreted extends Literal {
  type: 'interpreted';
  role?: string;
  value: string;
}

/** `text <url>`_, name_, `name`_, anonymous `text`__ */
export interface Reference extends Literal {
  type: 'reference';
  value: string;
  refname?: string;
  url?: string;
  anonymous?: boolean;
}

/** |name| */
export interface SubstitutionReference extends Literal {
  type: 'substitutionReference';
  value: string;
}

/** [1]_ [#]_ [name]_ */
export interface FootnoteReference extends Literal {
  type: 'footnoteReference';
  value: string;
}

export type RstInline =
  | Text
  | InlineLiteral
  | Emphasis
  | Strong
  | Interpreted
  | Reference
  | SubstitutionReference
  | FootnoteReference;

export type RstNode = RstRoot | RstBlock | RstInline;
