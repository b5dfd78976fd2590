// The console's Cypher editor: Neo4j's own CodeMirror 6 component (Neo4j Browser's), with the graph's schema for completion.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';

export type CypherSchema = EditorSupportSchema;

export interface CypherEditorOptions {
  value: string;
  /** Ctrl+Enter (Cmd+Enter) anywhere in the editor. */
  onRun: () => void;
  onChange: (value: string) => void;
  /** Attributes for the editable element: its accessible name and test id. */
  attributes: Record<string, string>;
}

/**
 * A thin handle over the editor so the console never depends on CodeMirror directly. Tab indents; Escape then Tab
 * (within two seconds, CodeMirror's own rule) moves focus on, so the keyboard is never trapped in the editor.
 */
export class CypherEditor {
  private constructor(private readonly api: EditorApi) {}

  static create(parent: HTMLElement, options: CypherEditorOptions): CypherEditor {
    const created = createCypherEditor(parent, {
      value: options.value,
      autofocus: false,
      lineNumbers: true,
      lineWrapping: true,
      tabKey: true,
      lint: true,
      theme: 'light',
      tooltipAbsolute: true,
      // The run key must win over the completion list's Enter and the default keymap.
      preExtensions: [
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                options.onRun();
                return true;
              },
            },
          ]),
        ),
        EditorView.contentAttributes.of(options.attributes),
      ],
    });
    // Its typings say it returns the editor; version 1.0.3 returns { editor }.
    const returned = created as unknown as EditorApi | { editor: EditorApi };
    const api: EditorApi = 'editor' in returned ? returned.editor : returned;
    api.onValueChanged((value) => options.onChange(value));
    return new CypherEditor(api);
  }

  get value(): string {
    return this.api.codemirror.state.doc.toString();
  }

  set value(text: string) {
    this.api.setValue(text);
  }

  focus(): void {
    this.api.focus();
  }

  /** Labels, relationship types, property keys, functions, procedures and $parameters to complete. */
  setSchema(schema: CypherSchema): void {
    // The editor completes labels and types with their colon, as Neo4j Browser hands them over (":Country").
    const colon = (names: string[] | undefined): string[] | undefined => names?.map((name) => `:${name}`);
    this.api.setSchema({
      ...schema,
      labels: colon(schema.labels),
      relationshipTypes: colon(schema.relationshipTypes),
    });
  }
}
