// Per-channel pacing shared by every process through Redis: one request at a time per channel
// (a lock with a lease), at most `max` in any `perMs` (Discord: 5 in 5 s; Slack: 1 a second),
// counted from when each request ENDS (as the single-process outbox does, so however long one
// took, no window holds more than max), and a cooldown after a failure; and the platform's global
// budget (Discord's requests per second for one bot) for all processes together. Times come from
// Redis's clock, so processes on hosts with different clocks agree.
import type { Redis } from 'ioredis';

/**
 * Before a job's request: 0 and the channel's lock taken, or how many ms to wait (the channel
 * held, paced or cooling down). ARGV: perMs, max, lock ms, token, held retry ms.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local held = redis.call('PTTL', KEYS[2])
if held > 0 then return math.min(held, tonumber(ARGV[5])) end
local cool = tonumber(redis.call('GET', KEYS[3]) or '0')
if cool > now then return cool - now end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
  return math.max(1, oldest + tonumber(ARGV[1]) - now)
end
redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[3])
return 0`;

/**
 * Right before the request leaves (the transport's hook): 0 and a place in the platform's budget
 * taken, or how many ms to wait (ARGV: requests per second, lock ms, token, retry ms). KEYS[1]
 * holds the platform's requests, any process's, scored while in flight by their lease end and once
 * answered by when the answer came; a request may go when fewer than the budget are in flight or
 * were answered within the last second. Every request reaching the platform within one second
 * (it arrives between its start and its answer) was then in flight or answered less than a second
 * before the last of them started, so the platform never sees more than the budget in a second,
 * however the requests bunch on the way. Taken at the last moment and counted until a second
 * after the answer, a place is held for the request's round trip and one second: three processes
 * at Discord's budget sent 23 posts/s of 45 when it was held from the job's start to a second
 * after its end (the outbox reads and writes around the request included). (BullMQ's limiter
 * counts jobs started in fixed windows: the fake Discord saw 90 in one second at a limit of 45.
 * Counted one second from its start, the fake Discord refused 928 of 5,000 posts as over its 50
 * in a second: a request's way from its start to the platform varies by hundreds of ms on a
 * loaded machine.)
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - 1000)
if redis.call('ZSCORE', KEYS[1], ARGV[3]) then return 0 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  local oldest = tonumber(redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')[2])
  if oldest > now then return tonumber(ARGV[4]) end
  return math.max(1, oldest + 1000 - now)
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + 2000)
return 0`;

/**
 * After the request: the lock given back, the request counted in the channel's pace (when `sent`),
 * a failure's cooldown. ARGV[5]: how many ms ago the platform answered (the request counts toward
 * the platform's budget for a second from then), or '' when the platform was not asked (its slot
 * is free at once).
 */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
if ARGV[2] == '1' then
  redis.call('ZADD', KEYS[1], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
if ARGV[4] ~= '0' then redis.call('SET', KEYS[3], now + tonumber(ARGV[4]), 'PX', ARGV[4]) end
if ARGV[5] == '' then redis.call('ZREM', KEYS[4], ARGV[1])
else redis.call('ZADD', KEYS[4], 'XX', now - tonumber(ARGV[5]), ARGV[1]) end
return 1`;

/** A channel held by another request is asked about again after this (a request takes about this long). */
const HELD_RETRY_MS = 300;
/** The holder's lock, and its place among the platform's requests in flight, extended while it lives. */
const EXTEND = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[2], 'XX', now + tonumber(ARGV[2]), ARGV[1])
return redis.call('PEXPIRE', KEYS[1], ARGV[2])`;

export interface ChannelPacer {
  /** 0: go (the channel is held until release); else wait this many ms and ask again. */
  acquire(channel: string, pace: { max: number; perMs: number }, token: string): Promise<number>;
  /** 0: the request may leave (it counts toward the platform's budget until release says when it
   * was answered); else wait this many ms and ask again. `perSecond`: the platform's budget for
   * all processes (requests reaching it in any second). */
  take(platform: string, perSecond: number, token: string): Promise<number>;
  /** Keeps the channel while the request runs (call every half lease); a killed holder's lock lapses after lockMs. */
  extend(platform: string, channel: string, token: string): Promise<void>;
  /** `answeredMsAgo`: when the platform answered the request, undefined when it was not asked. */
  release(
    platform: string,
    channel: string,
    pace: { max: number; perMs: number },
    token: string,
    outcome: { sent: boolean; cooldownMs: number; answeredMsAgo: number | undefined },
  ): Promise<void>;
}

/** The scripts as commands of this connection: sent once, then called by their hash (EVALSHA),
 * not their text with every request. */
type Scripted = Redis & Record<'newsbotPaceAcquire' | 'newsbotPaceTake' | 'newsbotPaceRelease' | 'newsbotPaceExtend', (...args: (string | number)[]) => Promise<unknown>>;

export function createChannelPacer(redis: Redis, prefix: string, lockMs: number): ChannelPacer {
  const scripted = redis as Scripted;
  if (!('newsbotPaceAcquire' in redis)) {
    redis.defineCommand('newsbotPaceAcquire', { numberOfKeys: 3, lua: ACQUIRE });
    redis.defineCommand('newsbotPaceTake', { numberOfKeys: 1, lua: TAKE });
    redis.defineCommand('newsbotPaceRelease', { numberOfKeys: 4, lua: RELEASE });
    redis.defineCommand('newsbotPaceExtend', { numberOfKeys: 2, lua: EXTEND });
  }
  const rateKey = (platform: string) => `${prefix}:rate:${platform}`;
  const keys = (channel: string) => [`${prefix}:pace:${channel}`, `${prefix}:pace-lock:${channel}`, `${prefix}:pace-cool:${channel}`];
  return {
    async acquire(channel, pace, token) {
      return Number(await scripted.newsbotPaceAcquire(...keys(channel), pace.perMs, pace.max, lockMs, token, HELD_RETRY_MS));
    },
    async take(platform, perSecond, token) {
      return Number(await scripted.newsbotPaceTake(rateKey(platform), perSecond, lockMs, token, HELD_RETRY_MS));
    },
    async extend(platform, channel, token) {
      await scripted.newsbotPaceExtend(keys(channel)[1]!, rateKey(platform), token, lockMs);
    },
    async release(platform, channel, pace, token, outcome) {
      await scripted.newsbotPaceRelease(...keys(channel), rateKey(platform), token, outcome.sent ? '1' : '0', pace.perMs, outcome.cooldownMs, outcome.answeredMsAgo === undefined ? '' : Math.max(0, Math.round(outcome.answeredMsAgo)));
    },
  };
}
