export { serveFile } from './adapters/http/static-files';
export { type Config, ConfigError, loadConfig } from './config';
export { createLogger, type Logger } from './log';
export { DIST_DIR } from './paths';
export { type AppEnv, type RunningServer, type ServerOptions, type Services, startServer } from './server';
