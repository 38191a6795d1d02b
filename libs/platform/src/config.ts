import { randomBytes } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const MIN_SECRET_LENGTH = 32;

/** The environment every process reads, validated once at boot so a typo fails fast and says which variable. */
export class AppConfig {
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/thidua';

  @IsString()
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'thidua';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Loopback by default; containers set 0.0.0.0. */
  @IsString()
  HOST = '127.0.0.1';

  /** Signs the API's tokens; see `requireSecret`. `npm start` generates one into `.data/`. */
  @IsString()
  JWT_SECRET = '';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 8 * 3600;

  /** Demo mode seeds demo accounts whose password is `demo`; never on in production. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  DEMO_MODE = false;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Login attempts allowed per minute for one user name from one address. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_MINUTE = 10;

  /** Origins allowed to call the API from a browser, comma-separated; none by default. */
  @IsString()
  CORS_ORIGINS = '';

  /** How often the worker records a checkpoint of every stream head (0: never). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  CHECKPOINT_MINUTES = 60;

  /**
   * Workflow runs a worker keeps in memory between tasks (0: the SDK's default, from the heap
   * size). A run not kept is rebuilt from its history when its next task comes: memory against
   * latency for plans whose units report rarely.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  WORKFLOW_CACHE_SIZE = 0;

  /**
   * Assignment workflows a plan's launch starts at once: more keeps a Temporal server with cores
   * of its own busy, fewer spares a small one (the dev server's SQLite).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  FAN_OUT_IN_FLIGHT = 16;

  /** API processes sharing PORT (Node's cluster module); 1 runs the API in this process. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  API_PROCESSES = 1;
}

let ephemeralSecret: string | undefined;

/**
 * The API and the worker take `requireSecret` (the default): outside demo mode they refuse to
 * boot without a real secret. Only the operator CLI, which signs nothing, passes false.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  { requireSecret = true }: { requireSecret?: boolean } = {},
): AppConfig {
  const known = Object.keys(new AppConfig());
  const given = Object.fromEntries(
    known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  const config = plainToInstance(AppConfig, given);
  const lines = validateSync(config).map(
    (e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const secretMissing = requireSecret && !config.DEMO_MODE && !config.JWT_SECRET;
  if (secretMissing || (config.JWT_SECRET && config.JWT_SECRET.length < MIN_SECRET_LENGTH))
    lines.push(
      `  JWT_SECRET: must be set to at least ${MIN_SECRET_LENGTH} random characters (only a demo, DEMO_MODE=true, may leave it out), e.g. \`openssl rand -base64 48\``,
    );
  if (lines.length) throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  // A demo started without a secret signs with one that dies with the process: never a constant.
  if (!config.JWT_SECRET) config.JWT_SECRET = ephemeralSecret ??= randomBytes(32).toString('base64url');
  return config;
}
