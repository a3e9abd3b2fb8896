export { type Config, ConfigError, loadConfig } from './config';
export { createLogger, type Logger } from './log';
export { type AppEnv, type RunningServer, type ServerOptions, type Services, startServer } from './server';
export { serveFile } from './adapters/http/static-files';
export { DIST_DIR } from './paths';
