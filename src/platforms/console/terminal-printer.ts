// Prints above the prompt: clears the line being typed, writes, then redraws the prompt with the
// user's half-typed text. Stories, answers and log lines all go through here in a terminal.
import type { Interface } from 'node:readline';

export class TerminalPrinter {
  private prompt: Interface | undefined;

  constructor(private readonly output: NodeJS.WritableStream) {}

  attach(prompt: Interface | undefined): void {
    this.prompt = prompt;
  }

  print(text: string): void {
    if (this.prompt) {
      this.output.write(`\r\u001b[K${text}\n`);
      this.prompt.prompt(true);
    } else {
      this.output.write(`${text}\n`);
    }
  }
}
