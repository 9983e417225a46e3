export declare function policyForHtml(html: string, frameAncestors?: string): string;
export declare function policyForNonce(nonce: string, frameAncestors?: string): string;
