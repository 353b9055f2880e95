/**
 * Starts cognito-local as its own `lib/bin/start.js` does, but logs through Node's
 * process.stdout. Its default log destination (sonic-boom 2, asynchronous) counts written
 * bytes against queued characters: after the multi-byte box of a confirmation code its
 * buffer length goes negative and later lines (the next code) stay queued until enough other
 * output arrives — a code could be "sent" seconds late, or never.
 */
const { createRequire } = require('node:module');

// pino and pino-pretty as cognito-local itself resolves them (its own pinned versions).
const fromCognitoLocal = createRequire(require.resolve('cognito-local/package.json'));
const pino = fromCognitoLocal('pino');
const pretty = fromCognitoLocal('pino-pretty');
const { createDefaultServer } = fromCognitoLocal('cognito-local');

const logger = pino(
  { level: process.env.DEBUG ? 'debug' : 'info' },
  pretty({
    colorize: false,
    ignore: 'pid,name,hostname',
    singleLine: true,
    destination: process.stdout,
    messageFormat: (log, messageKey) =>
      `${log.reqId ?? 'NONE'} ${log.target ?? 'NONE'} ${log[messageKey]}`,
  }),
);

createDefaultServer(logger)
  .then((server) => server.start())
  .then((server) => {
    const address = server.address();
    const url = typeof address === 'string' ? address : `${address?.address}:${address?.port}`;
    logger.info(`Cognito Local running on http://${url}`);
  })
  .catch((error) => {
    logger.error(error);
    process.exit(1);
  });
