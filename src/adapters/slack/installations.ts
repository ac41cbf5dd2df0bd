/**
 * Slack installations (one per workspace that installed the app through OAuth) kept in the project's
 * key-value store, so every bot and worker process sharing STORE_URL sees the same installs. Bolt's
 * InstallProvider writes them after /slack/oauth_redirect and reads them to authorize each event.
 *
 * The stored value is the installation encrypted with AES-256-GCM (key derived with HKDF from
 * SLACK_INSTALLATION_SECRET or the client secret): a dump of the store shows no token. Nothing here logs
 * or puts a token into an error.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { z } from 'zod';
import type { KeyValueStore } from '../../core/conversation/store/kv-types.js';
import { CodedError } from '../../core/errors.js';

/** Which installation a channel belongs to (carried in queued checks' addresses). */
export interface SlackTeam {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}

export interface SlackInstallations extends InstallationStore {
  /** The bot token of the installation a channel belongs to; throws (misconfigured, not-installed) when there is none. */
  botToken(team: SlackTeam): Promise<string>;
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
}

const sealedSchema = z.object({ v: z.literal(1), iv: z.string(), tag: z.string(), data: z.string() });
/** What we rely on in a decrypted installation; the rest is kept as Bolt wrote it. */
const installationSchema = z.looseObject({
  team: z.looseObject({ id: z.string() }).optional(),
  enterprise: z.looseObject({ id: z.string() }).optional(),
  isEnterpriseInstall: z.boolean().optional(),
  bot: z.looseObject({ token: z.string(), id: z.string(), userId: z.string() }).optional(),
});

const enc = encodeURIComponent;

/** The store key of an installation: org-wide installs by enterprise, the others by workspace. */
function keyOf(q: { teamId?: string | null; enterpriseId?: string | null; isEnterpriseInstall?: boolean }): string {
  if (q.isEnterpriseInstall === true && q.enterpriseId) return `slack-install:org:${enc(q.enterpriseId)}`;
  if (q.teamId) return `slack-install:team:${enc(q.teamId)}`;
  throw notInstalled();
}

function notInstalled(): CodedError {
  return new CodedError('misconfigured', 'This Slack workspace has not installed the app.', {
    context: { slack: 'not-installed' },
  });
}

export function kvInstallationStore(kv: KeyValueStore, secret: string): SlackInstallations {
  const key = Buffer.from(hkdfSync('sha256', secret, 'resume-coach', 'slack-installations-v1', 32));

  function seal(installation: unknown): z.infer<typeof sealedSchema> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(JSON.stringify(installation), 'utf8'), cipher.final()]);
    return {
      v: 1,
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      data: data.toString('base64'),
    };
  }

  function open(value: unknown): Installation | null {
    const sealed = sealedSchema.safeParse(value);
    if (!sealed.success) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.data.iv, 'base64'));
      decipher.setAuthTag(Buffer.from(sealed.data.tag, 'base64'));
      const text = Buffer.concat([decipher.update(Buffer.from(sealed.data.data, 'base64')), decipher.final()]);
      const parsed = installationSchema.safeParse(JSON.parse(text.toString('utf8')));
      // Bolt's own type; the fields Bolt reads were checked above.
      return parsed.success ? (parsed.data as unknown as Installation) : null;
    } catch {
      // Another secret (rotated without re-installing) or a damaged value: as if not installed.
      return null;
    }
  }

  async function fetch(query: InstallationQuery<boolean>): Promise<Installation> {
    const found = open(await kv.get(keyOf(query)));
    if (found === null) throw notInstalled();
    return found;
  }

  return {
    async storeInstallation(installation) {
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      await kv.set(
        keyOf({
          teamId: installation.team?.id ?? null,
          enterpriseId: installation.enterprise?.id ?? null,
          isEnterpriseInstall,
        }),
        seal(installation),
      );
    },
    fetchInstallation: fetch,
    async deleteInstallation(query) {
      await kv.delete([keyOf(query)]);
    },
    async botToken(team) {
      const installation = await fetch({
        teamId: team.teamId ?? undefined,
        enterpriseId: team.enterpriseId ?? undefined,
        isEnterpriseInstall: team.isEnterpriseInstall,
      });
      if (!installation.bot) throw notInstalled();
      return installation.bot.token;
    },
  };
}
