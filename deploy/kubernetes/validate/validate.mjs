// Validates every manifest listed in deploy/kubernetes/kustomization.yaml against the JSON
// schemas of Kubernetes, Strimzi and CloudNativePG (the kubernetes-models packages), and checks
// the suite's own rules: every Deployment has requests, a memory limit and startup, readiness
// and liveness probes, and is scaled by an HPA; every KafkaTopic is replicated 3 times with
// min.insync.replicas 2. Exits 1 and names each problem, 0 when all is well.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const modules = {
  v1: "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "autoscaling/v2": "kubernetes-models/autoscaling/v2",
  "policy/v1": "kubernetes-models/policy/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "kafka.strimzi.io/v1beta2": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2",
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1",
};

const problems = [];
const documents = [];
const kustomization = parse(readFileSync(join(root, "kustomization.yaml"), "utf8"));
for (const file of kustomization.resources) {
  for (const doc of parseAllDocuments(readFileSync(join(root, file), "utf8"))) {
    if (doc.errors.length) {
      problems.push(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const manifest = doc.toJS();
    if (manifest) documents.push({ file, manifest });
  }
}

for (const { file, manifest } of documents) {
  const where = `${file}: ${manifest.kind}/${manifest.metadata?.name}`;
  const module = modules[manifest.apiVersion];
  if (!module) {
    problems.push(`${where}: no schema for apiVersion ${manifest.apiVersion}`);
    continue;
  }
  const models = await import(module);
  const Model = models[manifest.kind];
  if (!Model) {
    problems.push(`${where}: ${manifest.apiVersion} has no kind ${manifest.kind}`);
    continue;
  }
  try {
    new Model(manifest).validate();
  } catch (e) {
    problems.push(`${where}: ${e.message}`);
  }
  if (manifest.kind === "Deployment") {
    for (const c of manifest.spec.template.spec.containers) {
      for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        if (!c[probe]) problems.push(`${where}: container ${c.name} has no ${probe}`);
      }
      if (!c.resources?.requests?.cpu || !c.resources?.limits?.memory) {
        problems.push(`${where}: container ${c.name} needs a cpu request and a memory limit`);
      }
    }
    const scaled = documents.some(({ manifest: m }) => m.kind === "HorizontalPodAutoscaler"
        && m.spec.scaleTargetRef.name === manifest.metadata.name);
    if (!scaled) problems.push(`${where}: no HorizontalPodAutoscaler`);
  }
  if (manifest.kind === "KafkaTopic" && (manifest.spec.replicas !== 3 || manifest.spec.config?.["min.insync.replicas"] !== 2)) {
    problems.push(`${where}: topics need replicas 3 and min.insync.replicas 2`);
  }
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${documents.length} manifests valid (${[...new Set(documents.map((d) => d.manifest.kind))].sort().join(", ")})`);
