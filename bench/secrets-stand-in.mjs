// Secrets Manager's GetSecretValue for the bench's cold starts, on loopback: the deployed
// handlers read the tenant directory from a secret at init, and this answers that one call
// (the secret's string from SECRET_STRING), so the bench can time what the read costs in
// process. Prints the port it listens on.
import { createServer } from 'node:http';

const secretString = process.env.SECRET_STRING ?? '{}';
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const target = request.headers['x-amz-target'];
    if (target !== 'secretsmanager.GetSecretValue') {
      response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ __type: 'InvalidRequestException', message: `${target}` }));
      return;
    }
    const { SecretId } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(
      JSON.stringify({
        ARN: SecretId,
        Name: 'bench-directory',
        VersionId: 'bench',
        SecretString: secretString,
      }),
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
