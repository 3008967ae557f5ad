/**
 * Native dialogs as a service injected into the handlers: Electron supplies the real ones,
 * the harness answers them without a person. Nothing here imports electron.
 */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface DialogService {
  /** Paths chosen by the user; empty when cancelled. */
  openFiles(options: { title: string; filters: readonly FileFilter[] }): Promise<string[]>;
  /** A path to save to, or null when cancelled. */
  saveFile(options: { title: string; defaultName: string; filters: readonly FileFilter[] }): Promise<string | null>;
  /** A folder to write into, or null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** Shows a folder in the system's file manager; rejects with the system's reason when it cannot. */
  showFolder(path: string): Promise<void>;
}
