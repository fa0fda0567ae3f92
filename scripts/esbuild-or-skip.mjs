// The build steps that need esbuild (a devDependency) skip themselves, exit 0, in an install without it.

/** esbuild's module, or exits the process (status 0) after saying why the step is skipped. */
export async function esbuildOrSkip(log) {
  try {
    return await import('esbuild');
  } catch {
    log('esbuild is not installed; skipping');
    process.exit(0);
  }
}
