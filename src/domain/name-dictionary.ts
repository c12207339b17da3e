/** Distinct names, each with the id of its first appearance. */
export class Dictionary {
  readonly names: string[] = [];
  private readonly idByName = new Map<string, number>();

  /** The id of a name, registering it on first use. */
  idOf(name: string): number {
    let id = this.idByName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.idByName.set(name, id);
    }
    return id;
  }
}

/** Collects names per event as provisional ids, in load order. */
export class NamesCollector extends Dictionary {
  readonly offsets: number[] = [0];
  readonly ids: number[] = [];

  /** Adds the next event's names; a name listed twice counts once. */
  add(names: readonly string[]): void {
    for (let k = 0; k < names.length; k++) {
      const name = names[k] as string;
      if (k === 0 || names.indexOf(name) === k) this.ids.push(this.idOf(name));
    }
    this.endEvent();
  }

  /** Adds a name (by id) to the event being collected; call endEvent() after its last one. */
  push(id: number): void {
    this.ids.push(id);
  }

  endEvent(): void {
    this.offsets.push(this.ids.length);
  }
}
