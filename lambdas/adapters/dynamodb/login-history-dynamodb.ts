/**
 * LoginHistory on the accounts table: the login history PUT /user/login appends to
 * (pk = `<projectId>#<sub>`, sk = `profile`, `loginHistory` = epoch seconds, oldest first).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { LoginHistory } from '../../domain/profile/profile-store.js';
import { rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient } from './document-client.js';

export function dynamoLoginHistory(table = tableName('accounts')): LoginHistory {
  const client = documentClient();
  return {
    async lastLogin(owner) {
      try {
        const { Item } = await client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: `${owner.projectId}#${owner.sub}`, sk: 'profile' },
            ProjectionExpression: 'loginHistory',
          }),
        );
        const history = Item?.loginHistory;
        if (!Array.isArray(history)) return undefined;
        const seconds = history.filter((value): value is number => typeof value === 'number');
        return seconds.length > 0 ? Math.max(...seconds) : undefined;
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },
  };
}
