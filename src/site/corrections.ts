// Where a reader reports an error: the issues of the repository the site is built from. Set at
// build time, never typed: CORRECTIONS_URL if given, else the repository Vercel says it is building
// (its system variables VERCEL_GIT_PROVIDER, _REPO_OWNER and _REPO_SLUG, set on every Git
// deployment). A build that knows neither (a local one) shows no link, rather than a made-up one.

type Env = Record<string, string | undefined>;

/** The issue pages of the hosts Vercel deploys from, by its provider name. */
const ISSUES: Record<string, (owner: string, repo: string) => string> = {
  github: (owner, repo) => `https://github.com/${owner}/${repo}/issues`,
  gitlab: (owner, repo) => `https://gitlab.com/${owner}/${repo}/-/issues`,
  bitbucket: (owner, repo) => `https://bitbucket.org/${owner}/${repo}/issues`,
};

export function correctionsUrl(env: Env): URL | null {
  if (env.CORRECTIONS_URL) return new URL(env.CORRECTIONS_URL);
  const { VERCEL_GIT_PROVIDER: provider, VERCEL_GIT_REPO_OWNER: owner, VERCEL_GIT_REPO_SLUG: repo } = env;
  const issues = provider ? ISSUES[provider] : undefined;
  return issues && owner && repo ? new URL(issues(encodeURIComponent(owner), encodeURIComponent(repo))) : null;
}
