/** The changed lines between two texts (+/-), from a longest-common-subsequence diff. */
export function lineDiff(before, after, limit = 40) {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const lines = [];
  // Each change is shown under the report heading (### name) it belongs to.
  let heading = a.slice(0, start).findLast((line) => /^#{2,3} /.test(line)) ?? null;
  let printedHeading = null;
  const emit = (line) => {
    if (/^ {2}[+-] #{2,3} /.test(line)) printedHeading = heading;
    if (heading && heading !== printedHeading) {
      lines.push(`  in ${heading.replace(/^#+ /, "")}:`);
      printedHeading = heading;
    }
    lines.push(line);
  };
  const see = (line) => {
    if (/^#{2,3} /.test(line)) heading = line;
  };
  if (x.length * y.length > 4_000_000) {
    x.forEach((l) => emit(`  - ${l}`));
    y.forEach((l) => emit(`  + ${l}`));
  } else {
    // lcs[i][j]: length of the LCS of x[i..] and y[j..]
    const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        see(x[i]);
        i++;
        j++;
      } else if (j < y.length && (i === x.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        see(y[j]);
        emit(`  + ${y[j++]}`);
      } else {
        see(x[i]);
        emit(`  - ${x[i++]}`);
      }
    }
  }
  const shown = lines.filter((line, index) => {
    if (line.trim() === "+" || line.trim() === "-") return false;
    // drop a heading whose only changes were blank lines
    return !(
      line.startsWith("  in ") &&
      (lines[index + 1] === undefined || lines[index + 1].startsWith("  in "))
    );
  });
  if (shown.length > limit) {
    return [...shown.slice(0, limit), `  … and ${shown.length - limit} more changed lines`].join(
      "\n",
    );
  }
  return shown.join("\n");
}
