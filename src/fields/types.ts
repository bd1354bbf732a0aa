import type {Position} from 'unist';
import type {Definition, DefinitionList, DefinitionListItem, RstBlock, Term} from '../rst/types.js';
import type {MappedText} from '../util/mapped-text.js';

/** One entry of the shadow-page field list: `role.level:` and its description. */
export interface FieldEntry {
  /** Member names the term lists: `['root_count', 'tdp_mmu_root_count']`, `['role.level']`. */
  names: string[];
  /** Each name's own place in the term line. */
  namePlaces: Position[];
  /** The term's text as written (`root_count / tdp_mmu_root_count:`). */
  termText: string;
  termPlace: Position;
  term: Term;
  item: DefinitionListItem;
  definition: Definition | undefined;
  /** The description's block nodes. */
  description: RstBlock[];
  /** The description's text, indentation removed, one line per source line, mapped back to the file. */
  text: MappedText;
}

/** The shadow-page field list of a document. */
export interface FieldModel {
  list: DefinitionList;
  /** The lead-in paragraph or term ("Shadow pages contain the following information:") if any. */
  leadIn?: {text: string; place: Position};
  entries: FieldEntry[];
}
