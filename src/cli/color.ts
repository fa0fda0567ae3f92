// Whether to color output and draw ✓/✗: flags beat NO_COLOR/FORCE_COLOR, which beat the TTY check.

export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (toFile) return false;
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

/** Terminals known to render ✓ and ✗; elsewhere fall back to ASCII. */
export function useAscii(): boolean {
  if (process.env.COMPLAINTLINT_ASCII) return process.env.COMPLAINTLINT_ASCII !== '0';
  if (process.platform === 'win32') return !(process.env.WT_SESSION || process.env.TERM_PROGRAM === 'vscode' || process.env.CI);
  if (process.env.TERM === 'linux') return true;
  const locale = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || '';
  // An explicit non-UTF-8 locale (LANG=C, en_US.ISO-8859-1) can't show the marks.
  return locale !== '' && !/utf-?8/i.test(locale);
}
