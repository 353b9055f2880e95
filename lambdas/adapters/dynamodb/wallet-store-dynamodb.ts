/**
 * WalletStore on DynamoDB (wallets table). Items, see docs/data-model.md:
 * - wallet: pk = `<projectId>#user#<sub>`, sk = `wallet#<address>`: chain, family, tags, label, addedAt
 * - owner:  pk = `<projectId>#address#<address>`, sk = `owner`: the `sub` that proved it
 * - proof:  pk = `<projectId>#proof#<replayKey>`, sk = `proof`, `expiresAt` (TTL): a spent proof
 * An add is one TransactWriteItems of the three, so a replay or a wallet proven by another
 * account leaves nothing written.
 */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '../../config.js';
import type { Wallet, WalletOwner, WalletStore } from '../../domain/wallet/wallet-store.js';
import { AppError } from '../../errors.js';
import { cancellationCodes, dependencyFailure, rethrowAsDependencyFailure } from '../aws-errors.js';
import { documentClient, queryByPrefix } from './document-client.js';

const WALLET_PREFIX = 'wallet#';
const ownerPartition = (owner: WalletOwner) => `${owner.projectId}#user#${owner.sub}`;

interface WalletItem {
  pk: string;
  sk: string;
  address: string;
  chain: string;
  family: number;
  tags: string[];
  label: string;
  addedAt: number;
}

export function dynamoWalletStore(table = tableName('wallets')): WalletStore {
  const client = documentClient();
  return {
    async add(owner, wallet, proof) {
      const { projectId, sub } = owner;
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table,
                  Item: {
                    pk: `${projectId}#proof#${proof.replayKey}`,
                    sk: 'proof',
                    sub,
                    expiresAt: proof.expiresAt,
                  },
                  // TTL deletes late: an expired marker counts as absent.
                  ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
                  ExpressionAttributeValues: { ':now': proof.now },
                },
              },
              {
                Put: {
                  TableName: table,
                  Item: {
                    pk: `${projectId}#address#${wallet.address}`,
                    sk: 'owner',
                    sub,
                  },
                  ConditionExpression: 'attribute_not_exists(pk) OR #sub = :sub',
                  ExpressionAttributeNames: { '#sub': 'sub' },
                  ExpressionAttributeValues: { ':sub': sub },
                },
              },
              {
                Update: {
                  TableName: table,
                  Key: { pk: ownerPartition(owner), sk: `${WALLET_PREFIX}${wallet.address}` },
                  UpdateExpression:
                    'SET #address = :address, #chain = :chain, #family = :family, #tags = :tags, #label = :label, #addedAt = if_not_exists(#addedAt, :addedAt)',
                  // All names aliased: several are DynamoDB reserved words (family, label).
                  ExpressionAttributeNames: {
                    '#address': 'address',
                    '#chain': 'chain',
                    '#family': 'family',
                    '#tags': 'tags',
                    '#label': 'label',
                    '#addedAt': 'addedAt',
                  },
                  ExpressionAttributeValues: {
                    ':address': wallet.address,
                    ':chain': wallet.chain,
                    ':family': wallet.family,
                    ':tags': [...wallet.tags],
                    ':label': wallet.label,
                    ':addedAt': wallet.addedAt,
                  },
                },
              },
            ],
          }),
        );
        return { added: true };
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) rethrowAsDependencyFailure(error, 'DynamoDB');
        if (codes[1] === 'ConditionalCheckFailed') return { added: false, reason: 'taken' };
        if (codes[0] === 'ConditionalCheckFailed') return { added: false, reason: 'replayed' };
        // Throttled, or two adds of the same wallet racing: the loser may retry with a new proof.
        throw (
          dependencyFailure(error, 'DynamoDB') ??
          new AppError('unavailable', `Wallet transaction cancelled: ${codes.join(', ')}`, {
            cause: error,
          })
        );
      }
    },

    async proverOf(projectId, address) {
      try {
        const { Item } = await client.send(
          new GetCommand({
            TableName: table,
            Key: { pk: `${projectId}#address#${address}`, sk: 'owner' },
            ConsistentRead: true,
          }),
        );
        return typeof Item?.sub === 'string' ? Item.sub : undefined;
      } catch (error) {
        rethrowAsDependencyFailure(error, 'DynamoDB');
      }
    },

    async list(owner) {
      const items = (await queryByPrefix(table, ownerPartition(owner), WALLET_PREFIX, {
        consistentRead: true,
      })) as unknown as WalletItem[];
      const wallets = items.map(
        (item): Wallet => ({
          address: item.address,
          chain: item.chain,
          family: item.family,
          tags: item.tags ?? [],
          label: item.label ?? '',
          addedAt: item.addedAt,
        }),
      );
      return wallets.sort((a, b) => a.addedAt - b.addedAt || a.address.localeCompare(b.address));
    },
  };
}
