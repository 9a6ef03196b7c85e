// Socket error codes in the words a person reads ("connection refused"), for feed fetches and
// store connections alike; the code stays in brackets for searching.

const WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'timed out',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
  ENOTFOUND: 'name not resolved',
  EAI_AGAIN: 'name not resolved (DNS did not answer; offline?)',
  EPIPE: 'connection closed',
  UND_ERR_SOCKET: 'connection closed',
};

/** "connection refused (ECONNREFUSED)"; undefined for a code without words here. */
export function networkErrorWords(code: string | undefined): string | undefined {
  const words = code ? WORDS[code] : undefined;
  return words ? `${words} (${code})` : undefined;
}
