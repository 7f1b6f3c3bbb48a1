// Where the form sends a finished case file when the deployment names its repository. A new file
// opens the host's "new file" page with its name and text filled in, so that a contributor with an
// account turns it into a pull request in two clicks; a change to an existing file opens that
// file's edit page, where the copied text is pasted (the host cannot prefill an edit). The
// addresses follow GitHub's form: /new/<branch>?filename=…&value=… and /edit/<branch>/<path>.

/** The repository page that receives a case file at `path` (from the repository root) with `text`. */
export function repositoryLink(repository: string, branch: string, path: string, text: string, exists: boolean): string {
  const base = repository.replace(/\/+$/, '');
  const encodedBranch = encodeURIComponent(branch);
  if (exists) return `${base}/edit/${encodedBranch}/${path.split('/').map(encodeURIComponent).join('/')}`;
  return `${base}/new/${encodedBranch}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
}
