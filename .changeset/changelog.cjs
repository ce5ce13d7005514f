// Changelog lines that link each change to its commit and, when the commit is a squash merge
// ("Title (#123)"), to its pull request, without calling the GitHub API
// (@changesets/changelog-github needs a token and the network, which CI and the local registry
// proof do not have). The repository comes from the options in config.json:
//   "changelog": ["./changelog.cjs", { "repo": "nexod/design-system" }]
const { execFileSync } = require("node:child_process");

const defaultRepo = "nexod/design-system";

function repoUrl(options) {
  const repo = (options && options.repo) || defaultRepo;
  return /^https?:\/\//.test(repo) ? repo.replace(/\/$/, "") : `https://github.com/${repo}`;
}

/** The pull request number of a squash-merged commit, from its subject line. */
function pullRequestOf(commit) {
  try {
    const subject = execFileSync("git", ["log", "-1", "--format=%s", commit], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const match = /\(#(\d+)\)\s*$/.exec(subject.trim());
    return match ? match[1] : null;
  } catch {
    return null;
  }
}

function links(commit, options) {
  if (!commit) return "";
  const url = repoUrl(options);
  const parts = [];
  const pr = pullRequestOf(commit);
  if (pr) parts.push(`[#${pr}](${url}/pull/${pr})`);
  parts.push(`[\`${commit.slice(0, 7)}\`](${url}/commit/${commit})`);
  return ` (${parts.join(", ")})`;
}

/** @type {import("@changesets/types").ChangelogFunctions} */
module.exports = {
  async getReleaseLine(changeset, _type, options) {
    // The links go at the end of the first paragraph, which may be wrapped over several lines.
    const lines = changeset.summary
      .trim()
      .split("\n")
      .map((line) => line.trimEnd());
    const blank = lines.findIndex((line) => line === "");
    const paragraphEnd = (blank === -1 ? lines.length : blank) - 1;
    lines[paragraphEnd] += links(changeset.commit, options);
    const [first, ...rest] = lines;
    return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : ""))].join("\n");
  },
  async getDependencyReleaseLine(changesets, dependenciesUpdated, options) {
    if (dependenciesUpdated.length === 0) return "";
    const commits = changesets.map((changeset) => links(changeset.commit, options)).join("");
    const updated = dependenciesUpdated.map((dep) => `  - ${dep.name}@${dep.newVersion}`);
    return [`- Updated dependencies${commits}`, ...updated].join("\n");
  },
};
