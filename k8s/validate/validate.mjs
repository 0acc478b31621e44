// Validates every manifest of k8s/ offline against the Kubernetes API schemas (kubernetes-models) and those of the
// operators' custom resources (CloudNativePG's Cluster and ScheduledBackup, @kubernetes-models/cloudnative-pg):
// base resources as they are, overlay patches merged onto the base resource they patch, and every file a
// kustomization names must exist. `--must-fail FILE` checks that FILE is refused (the validator can fail).
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, resolve, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import YAML from "yaml";

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// Custom resources of the operators the manifests rely on: their group, and the package of their API's models.
const operators = { "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg" };
const operatorModels = {};
for (const [group, pkg] of Object.entries(operators)) {
  operatorModels[group] = { v1: await import(`${pkg}/${group}/v1`) };
}

function model(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (operatorModels[group]) {
    const module = operatorModels[group][version];
    if (!module?.[kind]) throw new Error(`no schema for ${apiVersion} ${kind}`);
    return module[kind];
  }
  const path = group === "" ? `kubernetes-models/${version}` : `kubernetes-models/${group}/${version}`;
  const module = require(path);
  if (!module[kind]) throw new Error(`no schema for ${apiVersion} ${kind}`);
  return module[kind];
}

function validate(object, where) {
  const Model = model(object.apiVersion, object.kind);
  new Model(object).validate();
  return `${where}: ${object.kind}/${object.metadata?.name} valid`;
}

function documents(file) {
  return YAML.parseAllDocuments(readFileSync(file, "utf8")).map((d) => d.toJSON()).filter(Boolean);
}

function merge(base, patch) {
  if (Array.isArray(patch) || typeof patch !== "object" || patch === null) return patch;
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in (base ?? {}) ? merge(base[k], v) : v;
  return out;
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "validate") return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const args = process.argv.slice(2);
if (args[0] === "--must-fail") {
  try {
    documents(resolve(args[1])).forEach((o) => validate(o, args[1]));
  } catch (e) {
    console.log(`refused as expected: ${e.message.split("\n")[0]}`);
    process.exit(0);
  }
  console.error(`${args[1]} was accepted: the validator does not catch wrong manifests`);
  process.exit(1);
}

const files = walk(root).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"));
const kustomizations = files.filter((f) => /kustomization\.ya?ml$/.test(f));
const patchFiles = new Set();
const baseObjects = new Map();
let failures = 0;
const report = (line) => console.log(line);

for (const k of kustomizations) {
  const spec = documents(k)[0];
  const dir = dirname(k);
  for (const ref of [...(spec.resources ?? []), ...(spec.patches ?? []).map((p) => p.path),
    ...(spec.configMapGenerator ?? []).flatMap((g) => g.files ?? [])]) {
    if (!existsSync(join(dir, ref))) {
      console.error(`${relative(root, k)}: ${ref} does not exist`);
      failures++;
    }
  }
  (spec.patches ?? []).forEach((p) => patchFiles.add(resolve(dir, p.path)));
}

for (const file of files.filter((f) => !kustomizations.includes(f) && !patchFiles.has(resolve(f)))) {
  for (const object of documents(file)) {
    try {
      report(validate(object, relative(root, file)));
      baseObjects.set(`${object.kind}/${object.metadata?.name}`, object);
    } catch (e) {
      console.error(`${relative(root, file)}: ${e.message}`);
      failures++;
    }
  }
}

for (const file of patchFiles) {
  for (const patch of documents(file)) {
    const base = baseObjects.get(`${patch.kind}/${patch.metadata?.name}`);
    try {
      if (!base) throw new Error(`patches ${patch.kind}/${patch.metadata?.name}, which the base does not have`);
      report(validate(merge(base, patch), relative(root, file) + " (merged onto the base)"));
    } catch (e) {
      console.error(`${relative(root, file)}: ${e.message}`);
      failures++;
    }
  }
}

console.log(`${files.length} files, ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
