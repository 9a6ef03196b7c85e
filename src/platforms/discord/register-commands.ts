// commands/ specs → Discord application command JSON, and the bulk overwrite (PUT) that registers
// them: globally, or in one server for instant updates while developing. A PUT replaces the whole
// set, so running it again is harmless (Discord keeps the ids of unchanged commands).
import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  DiscordAPIError,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandSpec, OptionSpec } from '../../../commands/command.ts';
import { clipText } from '../../clip-text.ts';

/** Commands that only make sense in a server channel (channel settings, server feeds, the board). */
const SERVER_ONLY = new Set(['autopost', 'feeds', 'topics']);

const PERMISSION_BITS: Record<CommandSpec['permission'], bigint | null> = {
  anyone: null,
  'manage-channels': PermissionFlagsBits.ManageChannels,
  'manage-server': PermissionFlagsBits.ManageGuild,
};

export function requiredPermission(spec: CommandSpec): bigint | null {
  return PERMISSION_BITS[spec.permission];
}

export function needsServer(spec: CommandSpec): boolean {
  return SERVER_ONLY.has(spec.name) || spec.permission !== 'anyone';
}

/** One chat-input command per spec; `global` adds the contexts Discord honours only globally. */
export function discordCommandJson(specs: CommandSpec[], global = true): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return specs.map((spec) => {
    const permission = requiredPermission(spec);
    const options: APIApplicationCommandOption[] = spec.subcommands?.length
      ? spec.subcommands.map((sub) => ({
          type: ApplicationCommandOptionType.Subcommand,
          name: sub.name,
          description: clipText(sub.description, 100),
          options: optionJson(sub.options),
        }))
      : optionJson(spec.options);
    return {
      name: spec.name,
      description: clipText(spec.description, 100),
      options,
      // Server admins can override this per role or channel; the adapter checks again at run time.
      default_member_permissions: permission === null ? null : permission.toString(),
      ...(global
        ? {
            integration_types: [ApplicationIntegrationType.GuildInstall],
            // `contexts` replaces the deprecated dm_permission: server-only commands are hidden in DMs.
            contexts: needsServer(spec) ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM],
          }
        : {}),
    };
  });
}

function optionJson(options: OptionSpec[]): APIApplicationCommandBasicOption[] {
  // Discord rejects a required option after an optional one.
  const ordered = [...options.filter((option) => option.required), ...options.filter((option) => !option.required)];
  return ordered.map((option): APIApplicationCommandBasicOption => {
    const base = {
      name: option.name,
      description: clipText(option.description, 100),
      required: option.required ?? false,
    };
    if (option.type === 'integer') {
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(option.min !== undefined ? { min_value: option.min } : {}),
        ...(option.max !== undefined ? { max_value: option.max } : {}),
      };
    }
    return {
      ...base,
      type: ApplicationCommandOptionType.String,
      ...(option.autocomplete ? { autocomplete: true } : {}),
    };
  });
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this server only (instant); otherwise globally. */
  guildId?: string;
  /** Default Discord's; tests point it at the fake. */
  apiUrl?: string;
}

/** Bulk-overwrites the application's commands; resolves with how many Discord now holds. */
export async function registerCommands(specs: CommandSpec[], options: RegisterOptions): Promise<number> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  try {
    const route = options.guildId
      ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
      : Routes.applicationCommands(options.applicationId);
    const stored = (await rest.put(route, { body: discordCommandJson(specs, !options.guildId) })) as unknown[];
    return stored.length;
  } catch (error) {
    throw new Error(explainRegisterError(error, options));
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

function explainRegisterError(error: unknown, options: RegisterOptions): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return 'Discord refused DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the developer portal (Bot → Reset Token)';
    if (error.code === 10002) return `DISCORD_APPLICATION_ID=${options.applicationId} is not this bot's application: copy the Application ID from the developer portal (General Information)`;
    if (error.code === 50001 && options.guildId) return `the bot is not in the server DISCORD_GUILD_ID=${options.guildId}: invite it first (README, "Discord"), or unset DISCORD_GUILD_ID to register globally`;
    return `Discord refused the commands (${error.status} ${error.code}): ${error.message.replace(/\s+/g, ' ')}`;
  }
  return `could not reach Discord to register commands: ${(error as Error).message ?? String(error)}`;
}
