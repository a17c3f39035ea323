const MAX_NAME = 80;

/** Names are quoted in messages; a very long one is cut so the message stays readable. */
export function cutName(text: string | undefined): string {
  const name = typeof text === 'string' ? text : '';
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME - 1) + '…' : name;
}
