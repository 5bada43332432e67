import { generateSigningKeySet } from '@hamyar/shared';
import { loadGatewayConfig } from '../config';
import { renderPlayground } from './graphiql-landing-page';

const SECRETS = { GATEWAY_SIGNING_KEYS: JSON.stringify(generateSigningKeySet()), REGISTRY: 'false' };

/** The options the page hands to GraphiQL, as the browser reads them. */
function playgroundOptions(html: string) {
  return JSON.parse(/<script id="hamyar-playground-options" type="application\/json">(.*?)<\/script>/s.exec(html)![1]);
}

describe('the playground is configured once, off in production', () => {
  it('is on by default, off when NODE_ENV=production, and PLAYGROUND wins over both', () => {
    expect(loadGatewayConfig(SECRETS).playground).toBe('on');
    expect(loadGatewayConfig({ ...SECRETS, NODE_ENV: 'production' }).playground).toBe('off');
    expect(loadGatewayConfig({ ...SECRETS, NODE_ENV: 'production', PLAYGROUND: 'read-only' }).playground).toBe('read-only');
    expect(() => loadGatewayConfig({ ...SECRETS, PLAYGROUND: 'yes' })).toThrow('PLAYGROUND must be one of on, read-only, off, got "yes"');
  });

  it('opens with the five example tabs and the bearer-token header template; read-only has no header editor', () => {
    const on = playgroundOptions(renderPlayground('on'));
    expect(on.defaultTabs).toHaveLength(5);
    expect(on.defaultTabs[0].query).toMatch(/^# .+\n# Investment by province and sector.*\nquery InvestmentByProvinceAndSector/);
    expect(on.headers).toContain('"Authorization": "Bearer <token>"');
    expect(on.isHeadersEditorEnabled).toBe(true);
    const readOnly = playgroundOptions(renderPlayground('read-only'));
    expect(readOnly.isHeadersEditorEnabled).toBe(false);
    expect(readOnly.headers).toBeUndefined();
    expect(readOnly.defaultTabs.every((tab: { headers?: string }) => tab.headers === undefined)).toBe(true);
  });

  it('carries GraphiQL inline: the page names no script or stylesheet on another host', () => {
    const html = renderPlayground('on');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"|https?:\/\/(unpkg|cdn|jsdelivr|esm\.sh)/);
  });
});
