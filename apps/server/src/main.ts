import { ConfigError, loadConfig } from './config/config';
import { startInstance } from './runtime/start';

/** Entry point of `npm start`: load config, boot the roles, stop cleanly on signals. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const started = Date.now();
  const instance = await startInstance(config);
  instance.log.info(
    { roles: config.ROLE, url: instance.url, bootMs: Date.now() - started },
    instance.url ? `Socialseed is running at ${config.PUBLIC_URL}` : 'Socialseed worker is running',
  );
  const shutdown = (signal: string) => {
    instance.log.info({ signal }, 'shutting down');
    instance.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        instance.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Socialseed failed to start:', error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause) console.error('Cause:', error.cause);
  process.exit(1);
});
