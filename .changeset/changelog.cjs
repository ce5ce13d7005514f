// Changelog lines that link each change to its commit, without calling the GitHub API
// (@changesets/changelog-github needs a token and the network, which CI and local
// registry proofs do not have).
const repo = "https://github.com/nexod/design-system";

function commitLink(commit) {
  return commit ? ` ([${commit.slice(0, 7)}](${repo}/commit/${commit}))` : "";
}

/** @type {import("@changesets/types").ChangelogFunctions} */
module.exports = {
  async getReleaseLine(changeset) {
    const [firstLine, ...rest] = changeset.summary.split("\n").map((line) => line.trimEnd());
    const body = rest.map((line) => `  ${line}`).join("\n");
    return `- ${firstLine}${commitLink(changeset.commit)}${body ? `\n${body}` : ""}`;
  },
  async getDependencyReleaseLine(changesets, dependenciesUpdated) {
    if (dependenciesUpdated.length === 0) return "";
    const commits = changesets.map((changeset) => commitLink(changeset.commit)).join("");
    const updated = dependenciesUpdated.map((dep) => `  - ${dep.name}@${dep.newVersion}`);
    return [`- Updated dependencies${commits}`, ...updated].join("\n");
  },
};
