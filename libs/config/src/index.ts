import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

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

  @IsString()
  @MinLength(16)
  JWT_SECRET = 'thidua-demo-secret-change-me-in-production';

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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const given = Object.fromEntries(
    known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  const config = plainToInstance(AppConfig, given);
  const errors = validateSync(config);
  if (errors.length) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return config;
}
