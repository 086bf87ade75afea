import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clip } from './errors.js';

/**
 * The page loads only its own bundle: no inline script, no eval, no third-party origin.
 * Article text is rendered as text by React; the policy is the second fence should a
 * bug ever let markup through.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    return payload;
  });
}

/**
 * On a loopback address, refuse requests whose Host header names some other site: a page
 * elsewhere could otherwise point its own domain at 127.0.0.1 and read the API (DNS rebinding).
 */
export function guardLoopbackHost(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (host && !isLoopback(host)) {
      // Returning the reply ends the request here (Fastify's rule for async hooks).
      return reply.code(421).send({ statusCode: 421, error: 'Misdirected Request', message: `this server answers only for localhost, not "${clip(host)}"` });
    }
  });
}

function presented(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const header = request.headers['x-readout-token'];
  return typeof header === 'string' ? header : null;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A preHandler for write routes: with a token configured, only requests carrying it pass. */
export function requireToken(token: string | null) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (token === null) return undefined;
    const given = presented(request);
    if (given === null) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({
        statusCode: 401, error: 'Unauthorized', message: 'this endpoint writes to the store: send "Authorization: Bearer TOKEN" (the token printed by readout serve)',
      });
    }
    if (!sameSecret(given, token)) return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'wrong token' });
    return undefined;
  };
}
