import { GATEWAY_SEMI_SPACE_FLAG, gatewayNodeOptions } from './topology';

describe("the gateway's NODE_OPTIONS", () => {
  it("adds the young generation's size to the operator's options, unless they chose one", () => {
    expect(gatewayNodeOptions()).toBe(GATEWAY_SEMI_SPACE_FLAG);
    expect(gatewayNodeOptions('--enable-source-maps')).toBe(`--enable-source-maps ${GATEWAY_SEMI_SPACE_FLAG}`);
    expect(gatewayNodeOptions('--max-semi-space-size=16')).toBe('--max-semi-space-size=16');
  });
});
