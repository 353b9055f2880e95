export interface paths {
    "/user-data/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store one key/value pair
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the values of the given keys
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-user-id/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store one key/value pair (by-user-id)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByUserIdSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-user-id/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the values of the given keys (by-user-id)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByUserIdGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-user-id/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the given keys of this app client (by-user-id)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByUserIdDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-user-id/list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List this app client's keys, private and public (by-user-id)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByUserIdListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-user-id/shared-list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List, page by page, the public keys of the project's other app clients (by-user-id)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByUserIdSharedListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-email/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store one key/value pair (by-email)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByEmailSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-email/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the values of the given keys (by-email)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByEmailGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-email/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the given keys of this app client (by-email)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByEmailDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-email/list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List this app client's keys, private and public (by-email)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByEmailListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-email/shared-list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List, page by page, the public keys of the project's other app clients (by-email)
         * @description Every request may also carry `request_id` (integer, echoed in the answer).
         */
        post: operations["postUserDataByEmailSharedListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-wallet/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store one key/value pair (by-wallet)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `wallet_address` (default: the first wallet the user proved).
         */
        post: operations["postUserDataByWalletSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-wallet/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the values of the given keys (by-wallet)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `wallet_address` (default: the first wallet the user proved).
         */
        post: operations["postUserDataByWalletGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-wallet/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the given keys of this app client (by-wallet)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `wallet_address` (default: the first wallet the user proved).
         */
        post: operations["postUserDataByWalletDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-wallet/list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List this app client's keys, private and public (by-wallet)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `wallet_address` (default: the first wallet the user proved).
         */
        post: operations["postUserDataByWalletListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-wallet/shared-list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List, page by page, the public keys of the project's other app clients (by-wallet)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `wallet_address` (default: the first wallet the user proved).
         */
        post: operations["postUserDataByWalletSharedListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-idp/set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store one key/value pair (by-idp)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `identity_provider` (required), or the vendor’s JS/PHP array form `identity_providers`.
         */
        post: operations["postUserDataByIdpSet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-idp/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the values of the given keys (by-idp)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `identity_provider` (required), or the vendor’s JS/PHP array form `identity_providers`.
         */
        post: operations["postUserDataByIdpGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-idp/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the given keys of this app client (by-idp)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `identity_provider` (required), or the vendor’s JS/PHP array form `identity_providers`.
         */
        post: operations["postUserDataByIdpDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-idp/list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List this app client's keys, private and public (by-idp)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `identity_provider` (required), or the vendor’s JS/PHP array form `identity_providers`.
         */
        post: operations["postUserDataByIdpListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-data/by-idp/shared-list-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List, page by page, the public keys of the project's other app clients (by-idp)
         * @description Every request may also carry `request_id` (integer, echoed in the answer), `identity_provider` (required), or the vendor’s JS/PHP array form `identity_providers`.
         */
        post: operations["postUserDataByIdpSharedListGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-wallet/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a wallet proven by its personal signature of a fresh, timestamped text
         * @description HyperID `api/user_wallets`: the key/value wire format. Every request may also carry `request_id`.
         */
        post: operations["postUserWalletAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-wallets/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The caller's proven wallets, the default (first added) first
         * @description HyperID `api/user_wallets`: the key/value wire format. Every request may also carry `request_id`.
         */
        post: operations["postUserWalletsGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-wallets-by-tag/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The caller's proven wallets that carry a tag
         * @description HyperID `api/user_wallets`: the key/value wire format. Every request may also carry `request_id`.
         */
        post: operations["postUserWalletsByTagGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-wallets/available-chains-get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The chain ids a wallet may be added on (configuration)
         * @description HyperID `api/user_wallets`: the key/value wire format. Every request may also carry `request_id`.
         */
        post: operations["postUserWalletsAvailableChainsGet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userinfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's profile record
         * @description A sign-in token, or an OAuth token with the `user-data-get` scope. Answers carry `cache-control: no-store`.
         */
        get: operations["getUserinfo"];
        put?: never;
        /**
         * Create the caller's profile, or update the fields sent; returns the stored record
         * @description A sign-in token, or an OAuth token with the `user-data-set` scope. Answers carry `cache-control: no-store`.
         */
        post: operations["postUserinfo"];
        /**
         * Delete the caller's profile and free its unique e-mail and wallet address
         * @description A sign-in token, or an OAuth token with the `user-data-set` scope. Answers carry `cache-control: no-store`.
         */
        delete: operations["deleteUserinfo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_existing_info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's user_id, name, email, status and last sign-in
         * @description A sign-in token, or an OAuth token with the `user-data-get` scope. Answers carry `cache-control: no-store`.
         */
        get: operations["getUserExistingInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userinfo/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's profile audit history, newest first, paginated
         * @description A sign-in token, or an OAuth token with the `user-data-get` scope. Answers carry `cache-control: no-store`.
         */
        get: operations["getUserinfoHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userinfo/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Extension: the project's backend finds a user by email or wallet_address
         * @description Needs a token carrying the `userinfo-lookup` scope itself (the project’s backend, client credentials); a user’s sign-in token is refused with 403.
         */
        get: operations["getUserinfoLookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-user-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s JSON store
         * @description A user’s `Bearer` token, or the app client’s backend with `BindIdBackend AccessToken <token>; <authvalue>`.
         */
        get: operations["getCustomUserData"];
        put?: never;
        /**
         * Replace the caller’s JSON store
         * @description A user’s `Bearer` token, or the app client’s backend with `BindIdBackend AccessToken <token>; <authvalue>`.
         */
        post: operations["postCustomUserData"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Apply a JSON Merge Patch (RFC 7396) to the caller’s JSON store
         * @description A user’s `Bearer` token, or the app client’s backend with `BindIdBackend AccessToken <token>; <authvalue>`.
         */
        patch: operations["patchCustomUserData"];
        trace?: never;
    };
    "/session-feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Session reports from the app client’s backend: set, move or delete the user’s alias
         * @description Only the app client’s backend may call: `Authorization: BindIdBackend <authvalue>`, with the token in `subject_session_at` (or `BindIdBackend AccessToken <token>; <authvalue>`).
         */
        post: operations["postSessionFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s profile: attributes, devices, login history, appProfile
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider. The token must belong to the project named.
         */
        get: operations["getUser"];
        /**
         * Update the caller’s attributes and appProfile
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider. The token must belong to the project named.
         */
        put: operations["putUser"];
        /**
         * Register a new user
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.
         */
        post: operations["postUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sign in with e-mail and password; returns tokens and the device record
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.
         */
        put: operations["putUserLogin"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New access and ID tokens for a refresh token
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.
         */
        post: operations["postUserRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere and revoke every access token issued so far
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider. The token must belong to the project named.
         */
        post: operations["postUserLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change the caller’s password; answers with a new login (tokens, device)
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider. The token must belong to the project named.
         */
        put: operations["putUserChangePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Send a password-reset code
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.
         */
        put: operations["putUserForgotPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/confirm-forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the reset code
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.
         */
        post: operations["postUserConfirmForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Confirm the token and that the device belongs to the caller
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider. The token must belong to the project named.
         */
        get: operations["getUserCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extension: a guest who signed in with e-mail brings their data to the account
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider. The token must belong to the project named.
         */
        post: operations["postUserUpgrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user/check/nonstandard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Google, Facebook, Twitter: verify the provider token, answer the linked profile
         * @description `projectId`, `strategy` and `provider` default to the first configured project and its first strategy and provider.
         */
        get: operations["getUserCheckNonstandard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API’s OpenAPI 3.1 document
         * @description The document this explorer shows, generated from the route table and the handlers’ schemas. Public.
         */
        get: operations["getOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postUserDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_key: string;
                    value_data: string;
                    access_scope?: 0 | 1;
                    expected_version?: number;
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | key access denied: another app client owns the key |
             *     | `-7` | key invalid: empty, over 256 characters, or control characters |
             *     | `-9` | extension — version conflict: `expected_version` did not match (only to a set that sent it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        /** @description Extension: the key’s version, 1 on the first set, +1 on each. */
                        version: number;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7 | -9;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | keys size limit: more than 100 keys |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByUserIdSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_key: string;
                    value_data: string;
                    access_scope?: 0 | 1;
                    expected_version?: number;
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | key access denied: another app client owns the key |
             *     | `-7` | key invalid: empty, over 256 characters, or control characters |
             *     | `-9` | extension — version conflict: `expected_version` did not match (only to a set that sent it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        /** @description Extension: the key’s version, 1 on the first set, +1 on each. */
                        version: number;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7 | -9;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByUserIdGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | keys size limit: more than 100 keys |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByUserIdDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByUserIdListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByUserIdSharedListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    search_id?: string;
                    page_size?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByEmailSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_key: string;
                    value_data: string;
                    access_scope?: 0 | 1;
                    expected_version?: number;
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | key access denied: another app client owns the key |
             *     | `-7` | key invalid: empty, over 256 characters, or control characters |
             *     | `-9` | extension — version conflict: `expected_version` did not match (only to a set that sent it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        /** @description Extension: the key’s version, 1 on the first set, +1 on each. */
                        version: number;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7 | -9;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByEmailGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | keys size limit: more than 100 keys |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByEmailDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByEmailListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByEmailSharedListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    search_id?: string;
                    page_size?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByWalletSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_key: string;
                    value_data: string;
                    access_scope?: 0 | 1;
                    expected_version?: number;
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | wallet not exists: not a wallet the caller proved (`/user-wallet/add`), or none |
             *     | `-7` | key access denied: another app client owns the key |
             *     | `-8` | key invalid: empty, over 256 characters, or control characters |
             *     | `-9` | extension — version conflict: `expected_version` did not match (only to a set that sent it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        /** @description Extension: the key’s version, 1 on the first set, +1 on each. */
                        version: number;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7 | -8 | -9;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByWalletGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | wallet not exists: not a wallet the caller proved (`/user-wallet/add`), or none |
             *     | `-7` | keys size limit: more than 100 keys |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByWalletDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | wallet not exists: not a wallet the caller proved (`/user-wallet/add`), or none |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByWalletListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | wallet not exists: not a wallet the caller proved (`/user-wallet/add`), or none |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByWalletSharedListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    search_id?: string;
                    page_size?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | wallet not exists: not a wallet the caller proved (`/user-wallet/add`), or none |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByIdpSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_key: string;
                    value_data: string;
                    access_scope?: 0 | 1;
                    expected_version?: number;
                    ttl_seconds?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | identity provider not found: the caller has no identity there |
             *     | `-7` | key access denied: another app client owns the key |
             *     | `-8` | key invalid: empty, over 256 characters, or control characters |
             *     | `-9` | extension — version conflict: `expected_version` did not match (only to a set that sent it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        /** @description Extension: the key’s version, 1 on the first set, +1 on each. */
                        version: number;
                        /** @description Only to the array form: one element per provider, in request order. */
                        identity_providers?: {
                            /** @description That provider’s data, as the single form’s field. */
                            identity_provider: unknown;
                            identity_provider_name: string;
                            result: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7 | -8 | -9;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByIdpGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | identity provider not found: the caller has no identity there |
             *     | `-7` | keys size limit: more than 100 keys |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                        /** @description Only to the array form: one element per provider, in request order. */
                        identity_providers?: {
                            /** @description That provider’s data, as the single form’s field. */
                            identity_provider: unknown;
                            identity_provider_name: string;
                            result: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        values: {
                            value_key: string;
                            value_data: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByIdpDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    value_keys: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | identity provider not found: the caller has no identity there |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                        /** @description Only to the array form: one element per provider, in request order. */
                        identity_providers?: {
                            /** @description That provider’s data, as the single form’s field. */
                            identity_provider: unknown;
                            identity_provider_name: string;
                            result: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_delete_results: {
                            value_key: string;
                            is_deleted: boolean;
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByIdpListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | identity provider not found: the caller has no identity there |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                        /** @description Only to the array form: one element per provider, in request order. */
                        identity_providers?: {
                            /** @description That provider’s data, as the single form’s field. */
                            identity_provider: unknown;
                            identity_provider_name: string;
                            result: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_private: string[];
                        keys_public: string[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserDataByIdpSharedListGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_address?: string;
                    identity_provider?: string;
                    identity_providers?: string[];
                    search_id?: string;
                    page_size?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `1` | success, nothing found |
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | identity provider not found: the caller has no identity there |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 1 | 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                        /** @description Only to the array form: one element per provider, in request order. */
                        identity_providers?: {
                            /** @description That provider’s data, as the single form’s field. */
                            identity_provider: unknown;
                            identity_provider_name: string;
                            result: number;
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        keys_shared: string[];
                        /** @description Opaque, signed cursor of the next page; empty on the last page. */
                        next_search_id: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserWalletAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet: {
                        chain: string;
                        address: string;
                        tags?: string[];
                        label?: string;
                    };
                    wallet_data_to_sign: string;
                    wallet_sign: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             *     | `-6` | wallet verification sign not valid: another signer, stale (> 5 min), future-dated (> 1 min), or a proof already used |
             *     | `-7` | wallet already has owner: another account of the project proved it |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5 | -6 | -7;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserWalletsGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        wallets_private: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                        wallets_public: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        wallets_private: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                        wallets_public: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserWalletsByTagGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                    wallet_tag: string;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        wallets_private: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                        wallets_public: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        wallets_private: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                        wallets_public: {
                            /** @description Lower case. */
                            address: string;
                            chain: string;
                            /** @description 0: EVM. */
                            family: number;
                            label: string | null;
                            tags: string[];
                        }[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    postUserWalletsAvailableChainsGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    request_id?: number;
                };
            };
        };
        responses: {
            /**
             * @description Always HTTP 200; `result` says how it went:
             *
             *     | result | meaning |
             *     |---|---|
             *     | `0` | success |
             *     | `-1` | invalid token (missing, malformed, bad signature, an ID token, unknown app client) |
             *     | `-2` | expired token |
             *     | `-3` | access denied: the token lacks the scope, was revoked by a logout, or (by-email) the user has no verified e-mail |
             *     | `-4` | service temporarily unavailable (throttled after retries, a dependency down) |
             *     | `-5` | invalid request parameters (malformed JSON, wrong types, over a limit, body too large or deep; an invalid key or too many keys where the call’s table has no code for it) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {integer} */
                        result: 0;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        wallet_chains: string[];
                    } | {
                        /** @enum {integer} */
                        result: -1 | -2 | -3 | -4 | -5;
                        /** @description The request’s `request_id`, echoed when it sent one. */
                        request_id?: number;
                        wallet_chains: string[];
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
    getUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sub: string;
                        wallet_address: string | null;
                        email: string | null;
                        email_verified: boolean;
                        name: string | null;
                        first_name: string | null;
                        last_name: string | null;
                        middle_name: string | null;
                        nickname: string | null;
                        username: string | null;
                        first_name_katakana: string | null;
                        last_name_katakana: string | null;
                        middle_name_katakana: string | null;
                        phone_number: string | null;
                        phone_number_verified: boolean;
                        profile: string | null;
                        picture: string | null;
                        website: string | null;
                        /** @enum {unknown} */
                        gender: "male" | "female" | "genderless" | null;
                        birthdate: string | null;
                        /** @description Any keys (the seed names street, city, postal_code, country); ≤ 16384 bytes serialized. */
                        address: Record<string, never> | null;
                        /** @description ≤ 16384 bytes serialized. */
                        identities: unknown[] | Record<string, never> | null;
                        /** @description ISO 8601 date or date-time, as sent. */
                        privacy_policy_agreement_date: string | null;
                        privacy_policy_agreement: boolean;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        created_at: string;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        updated_at: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, malformed, bad signature, ID token, unknown app client |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    /** @description `Bearer error="invalid_token"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `not_found` | no record for this user (lookup: no user with that value) |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | DynamoDB throttled the request after bounded retries |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | DynamoDB is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    postUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sub?: string;
                    wallet_address?: string | null;
                    email?: string | null;
                    email_verified?: boolean;
                    name?: string | null;
                    first_name?: string | null;
                    last_name?: string | null;
                    middle_name?: string | null;
                    nickname?: string | null;
                    username?: string | null;
                    first_name_katakana?: string | null;
                    last_name_katakana?: string | null;
                    middle_name_katakana?: string | null;
                    phone_number?: string | null;
                    phone_number_verified?: boolean;
                    profile?: string | null;
                    picture?: string | null;
                    website?: string | null;
                    gender?: ("male" | "female" | "genderless") | null;
                    birthdate?: string | null;
                    address?: unknown | null;
                    identities?: unknown | null;
                    privacy_policy_agreement_date?: string | null;
                    privacy_policy_agreement?: boolean;
                    created_at?: unknown;
                    updated_at?: unknown;
                };
            };
        };
        responses: {
            /** @description Updated (or unchanged): the stored record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sub: string;
                        wallet_address: string | null;
                        email: string | null;
                        email_verified: boolean;
                        name: string | null;
                        first_name: string | null;
                        last_name: string | null;
                        middle_name: string | null;
                        nickname: string | null;
                        username: string | null;
                        first_name_katakana: string | null;
                        last_name_katakana: string | null;
                        middle_name_katakana: string | null;
                        phone_number: string | null;
                        phone_number_verified: boolean;
                        profile: string | null;
                        picture: string | null;
                        website: string | null;
                        /** @enum {unknown} */
                        gender: "male" | "female" | "genderless" | null;
                        birthdate: string | null;
                        /** @description Any keys (the seed names street, city, postal_code, country); ≤ 16384 bytes serialized. */
                        address: Record<string, never> | null;
                        /** @description ≤ 16384 bytes serialized. */
                        identities: unknown[] | Record<string, never> | null;
                        /** @description ISO 8601 date or date-time, as sent. */
                        privacy_policy_agreement_date: string | null;
                        privacy_policy_agreement: boolean;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        created_at: string;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        updated_at: string;
                    };
                };
            };
            /** @description Created: the stored record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sub: string;
                        wallet_address: string | null;
                        email: string | null;
                        email_verified: boolean;
                        name: string | null;
                        first_name: string | null;
                        last_name: string | null;
                        middle_name: string | null;
                        nickname: string | null;
                        username: string | null;
                        first_name_katakana: string | null;
                        last_name_katakana: string | null;
                        middle_name_katakana: string | null;
                        phone_number: string | null;
                        phone_number_verified: boolean;
                        profile: string | null;
                        picture: string | null;
                        website: string | null;
                        /** @enum {unknown} */
                        gender: "male" | "female" | "genderless" | null;
                        birthdate: string | null;
                        /** @description Any keys (the seed names street, city, postal_code, country); ≤ 16384 bytes serialized. */
                        address: Record<string, never> | null;
                        /** @description ≤ 16384 bytes serialized. */
                        identities: unknown[] | Record<string, never> | null;
                        /** @description ISO 8601 date or date-time, as sent. */
                        privacy_policy_agreement_date: string | null;
                        privacy_policy_agreement: boolean;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        created_at: string;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        updated_at: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, unknown fields (each named), wrong types, over a length, server-set fields, bad query parameters or cursor |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, malformed, bad signature, ID token, unknown app client |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    /** @description `Bearer error="invalid_token"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `conflict` | `email` or `wallet_address` is held by another user of the project and the caller does not prove it is theirs (a verified e-mail, a wallet proven by signature: those take the value over), or is another account’s sign-in e-mail or proven wallet (`field` names which); or the record kept changing under four write attempts |
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                        /** @enum {unknown} */
                        field?: "email" | "wallet_address";
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | DynamoDB throttled the request after bounded retries |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | DynamoDB is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    deleteUserinfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the unique e-mail and wallet address are free again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sub: string;
                        /** @constant */
                        deleted: true;
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, malformed, bad signature, ID token, unknown app client |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    /** @description `Bearer error="invalid_token"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `not_found` | no record for this user (lookup: no user with that value) |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | DynamoDB throttled the request after bounded retries |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | DynamoDB is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    getUserExistingInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seed’s summary of the stored user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_id: string;
                        name: string | null;
                        email: string | null;
                        /** @constant */
                        status: "active";
                        /** @description The latest `PUT /user/login`, to the second; null if never. */
                        last_login: string | null;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, malformed, bad signature, ID token, unknown app client |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    /** @description `Bearer error="invalid_token"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `not_found` | no record for this user (lookup: no user with that value) |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | DynamoDB throttled the request after bounded retries |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | DynamoDB is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    getUserinfoHistory: {
        parameters: {
            query?: {
                limit?: string;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s audit history, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        history: {
                            /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                            at: string;
                            /** @enum {unknown} */
                            action: "create" | "update" | "delete";
                            /** @description Who made the change; null for a system change */
                            sub: string | null;
                            /** @description null for a system change */
                            client_id: string | null;
                            /**
                             * @description Only on a system change: the values in `fields` were taken over by the account that proved they are its own (verified e-mail, wallet proven by signature)
                             * @enum {unknown}
                             */
                            reason?: "taken_over_by_proven_owner";
                            fields: string[];
                            before: Record<string, never>;
                            after: Record<string, never>;
                        }[];
                        /** @description null on the last page */
                        next_cursor: string | null;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, unknown fields (each named), wrong types, over a length, server-set fields, bad query parameters or cursor |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, malformed, bad signature, ID token, unknown app client |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    /** @description `Bearer error="invalid_token"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | DynamoDB throttled the request after bounded retries |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | DynamoDB is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    getUserinfoLookup: {
        parameters: {
            query?: {
                email?: string;
                wallet_address?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user’s record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sub: string;
                        wallet_address: string | null;
                        email: string | null;
                        email_verified: boolean;
                        name: string | null;
                        first_name: string | null;
                        last_name: string | null;
                        middle_name: string | null;
                        nickname: string | null;
                        username: string | null;
                        first_name_katakana: string | null;
                        last_name_katakana: string | null;
                        middle_name_katakana: string | null;
                        phone_number: string | null;
                        phone_number_verified: boolean;
                        profile: string | null;
                        picture: string | null;
                        website: string | null;
                        /** @enum {unknown} */
                        gender: "male" | "female" | "genderless" | null;
                        birthdate: string | null;
                        /** @description Any keys (the seed names street, city, postal_code, country); ≤ 16384 bytes serialized. */
                        address: Record<string, never> | null;
                        /** @description ≤ 16384 bytes serialized. */
                        identities: unknown[] | Record<string, never> | null;
                        /** @description ISO 8601 date or date-time, as sent. */
                        privacy_policy_agreement_date: string | null;
                        privacy_policy_agreement: boolean;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        created_at: string;
                        /** @description TIMESTAMP(6), e.g. `2023-10-21T14:23:45.123000Z`; set by the server. */
                        updated_at: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, unknown fields (each named), wrong types, over a length, server-set fields, bad query parameters or cursor |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, malformed, bad signature, ID token, unknown app client |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    /** @description `Bearer error="invalid_token"` */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | the token lacks the route’s scope, was revoked by a logout, or the body’s `sub` is not the token’s subject |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `not_found` | no record for this user (lookup: no user with that value) |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "not_found";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | DynamoDB throttled the request after bounded retries |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | DynamoDB is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    getCustomUserData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Success, and the applicative errors, as the vendor answers them:
             *
             *     | status_code | meaning |
             *     |---|---|
             *     | `ok` | success |
             *     | `invalid_user_type` | the token has no user (a client-credentials token) |
             */
            200: {
                headers: {
                    /** @description The store’s version, `"0"` before the first write, +1 per write (extension). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status_code: "ok";
                        /** @description The store; `{}` before the first write. */
                        data: Record<string, never>;
                    } | {
                        /** @enum {string} */
                        status_code: "invalid_user_type";
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, or a bad one |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | a revoked token (logout), a wrong `authvalue`, `/session-feedback` without one |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | throttled, or too many concurrent writes to one store |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    postCustomUserData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extension: write only if the store is still at this ETag (else 412, nothing changes).
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: unknown;
                };
            };
        };
        responses: {
            /**
             * @description Success, and the applicative errors, as the vendor answers them:
             *
             *     | status_code | meaning |
             *     |---|---|
             *     | `ok` | success |
             *     | `size_exceeded` | the store would exceed the size limit (64 KiB serialized); nothing is written |
             *     | `invalid_user_type` | the token has no user (a client-credentials token) |
             */
            200: {
                headers: {
                    /** @description The store’s version, `"0"` before the first write, +1 per write (extension). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status_code: "ok";
                    } | {
                        /** @enum {string} */
                        status_code: "size_exceeded" | "invalid_user_type";
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, `data` missing or not an object, body over the size or nesting limit, bad reports |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, or a bad one |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | a revoked token (logout), a wrong `authvalue`, `/session-feedback` without one |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `precondition_failed` | `If-Match` does not match the store’s ETag |
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "precondition_failed";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | throttled, or too many concurrent writes to one store |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    patchCustomUserData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Extension: write only if the store is still at this ETag (else 412, nothing changes).
                 * @example "3"
                 */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: unknown;
                };
            };
        };
        responses: {
            /**
             * @description Success, and the applicative errors, as the vendor answers them:
             *
             *     | status_code | meaning |
             *     |---|---|
             *     | `ok` | success |
             *     | `size_exceeded` | the store would exceed the size limit (64 KiB serialized); nothing is written |
             *     | `invalid_user_type` | the token has no user (a client-credentials token) |
             */
            200: {
                headers: {
                    /** @description The store’s version, `"0"` before the first write, +1 per write (extension). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status_code: "ok";
                    } | {
                        /** @enum {string} */
                        status_code: "size_exceeded" | "invalid_user_type";
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, `data` missing or not an object, body over the size or nesting limit, bad reports |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, or a bad one |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | a revoked token (logout), a wrong `authvalue`, `/session-feedback` without one |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `precondition_failed` | `If-Match` does not match the store’s ETag |
             */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "precondition_failed";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | throttled, or too many concurrent writes to one store |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    postSessionFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject_session_at?: string;
                    reports: ({
                        /** @constant */
                        type: "authentication_performed";
                        alias: string;
                        time: number;
                    } | {
                        /** @constant */
                        type: "alias_updated";
                        alias: string;
                        time: number;
                    } | {
                        /** @constant */
                        type: "alias_deleted";
                        alias?: string;
                        time: number;
                    })[];
                };
            };
        };
        responses: {
            /**
             * @description Success, and the applicative errors, as the vendor answers them:
             *
             *     | status_code | meaning |
             *     |---|---|
             *     | `ok` | success |
             *     | `invalid_user_type` | the token has no user (a client-credentials token) |
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status_code: "ok";
                    } | {
                        /** @enum {string} */
                        status_code: "invalid_user_type";
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, `data` missing or not an object, body over the size or nesting limit, bad reports |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_request";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_token` | no token, or a bad one |
             *     | `expired_token` | the access token expired |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "invalid_token" | "expired_token";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `access_denied` | a revoked token (logout), a wrong `authvalue`, `/session-feedback` without one |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "access_denied";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `conflict` | an alias held by another user, or a different alias already set |
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "conflict";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | throttled, or too many concurrent writes to one store |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "throttled";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description What went wrong, for a person. */
                        error_description: string;
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: {
                /** @example a69a31e9-f2e6-4d5f-b080-6138c6a721b7 */
                projectId?: string;
                /** @example email */
                strategy?: string;
                /** @example awsCognito */
                provider?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success: `result` 1, `message` “OK”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        /** @description Seed 004’s shape: the profile in `data` (username, Cognito attributes, userId, loginHistory), and beside it the attributes again, `updatedAt`, `devices`; `externalId` and `appProfile` are this backend’s. */
                        data: {
                            data: {
                                username: string;
                                userId: string;
                                /** @description Sign-in times, oldest first (the newest 50). */
                                loginHistory: number[];
                            } & {
                                [key: string]: string;
                            };
                            /** @description Cognito’s `updated_at`, epoch seconds; may be empty. */
                            updatedAt: string;
                            devices: {
                                deviceId?: string;
                                lastLogin?: number;
                                signUp?: number;
                                userId?: string;
                                timeStamp?: number;
                                signature?: string;
                            }[];
                            externalId: string;
                            appProfile: Record<string, never>;
                        } & {
                            [key: string]: string;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    putUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    data: {
                        appProfile?: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “User is Correctly Created”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            email?: string;
                            username?: string;
                            externalId?: string;
                            projectId?: string;
                            appProfile?: Record<string, never>;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    postUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    data: {
                        /** Format: email */
                        email: string;
                        password: string;
                    } & {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “user registered”. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            userId: string;
                            confirmed: boolean;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `user_exists` | sign-up with an e-mail already registered |
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "user_exists";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    putUserLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    /** Format: uuid */
                    deviceId?: string;
                    data: {
                        /** Format: email */
                        email: string;
                        password: string;
                        /** Format: uuid */
                        deviceId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “OK”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            /** @description The Cognito `sub`. */
                            userId: string;
                            /** Format: uuid */
                            deviceId: string;
                            /** @description SHA-256 hex of (project, user). */
                            externalId: string;
                            /** @description Cognito access token: the Bearer token. */
                            accessToken: string;
                            /** @description Cognito ID token. */
                            profileToken: string;
                            refreshToken: string;
                            /** @description This sign-in, epoch seconds. */
                            timeStamp: number;
                            /** @description The first sign-in from this device. */
                            signUp: number;
                            /** @description HMAC-SHA256 (upper-case hex) of the device record. */
                            signature: string;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `user_not_confirmed` | the account has not been confirmed |
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "user_not_confirmed";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    postUserRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    /** Format: uuid */
                    deviceId?: string;
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “OK”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            /** @description The Cognito `sub`. */
                            userId: string;
                            /** Format: uuid */
                            deviceId: string;
                            /** @description SHA-256 hex of (project, user). */
                            externalId: string;
                            /** @description Cognito access token: the Bearer token. */
                            accessToken: string;
                            /** @description Cognito ID token. */
                            profileToken: string;
                            refreshToken: string;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    postUserLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “user logged out”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: Record<string, never>;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    putUserChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    /** Format: uuid */
                    deviceId?: string;
                    data: {
                        password: string;
                        previousPassword: string;
                        /** Format: uuid */
                        deviceId?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “password has been updated”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            /** @description The Cognito `sub`. */
                            userId: string;
                            /** Format: uuid */
                            deviceId: string;
                            /** @description SHA-256 hex of (project, user). */
                            externalId: string;
                            /** @description Cognito access token: the Bearer token. */
                            accessToken: string;
                            /** @description Cognito ID token. */
                            profileToken: string;
                            refreshToken: string;
                            /** @description This sign-in, epoch seconds. */
                            timeStamp: number;
                            /** @description The first sign-in from this device. */
                            signUp: number;
                            /** @description HMAC-SHA256 (upper-case hex) of the device record. */
                            signature: string;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    putUserForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    data: {
                        /** Format: email */
                        email: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “please check your email”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: Record<string, never>;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    postUserConfirmForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    data: {
                        /** Format: email */
                        email: string;
                        confirmationCode: string;
                        password: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “password has been reset”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: Record<string, never>;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    getUserCheck: {
        parameters: {
            query: {
                /** @example a69a31e9-f2e6-4d5f-b080-6138c6a721b7 */
                projectId?: string;
                /** @example email */
                strategy?: string;
                /** @example awsCognito */
                provider?: string;
                /** @example 789f64dc-750d-4260-afef-7937062048e3 */
                deviceId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success: `result` 1, `message` “OK”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        /** @description Seed 004’s shape: the profile in `data` (username, Cognito attributes, userId, loginHistory), and beside it the attributes again, `updatedAt`, `devices`; `externalId` and `appProfile` are this backend’s. */
                        data: {
                            data: {
                                username: string;
                                userId: string;
                                /** @description Sign-in times, oldest first (the newest 50). */
                                loginHistory: number[];
                            } & {
                                [key: string]: string;
                            };
                            /** @description Cognito’s `updated_at`, epoch seconds; may be empty. */
                            updatedAt: string;
                            devices: {
                                deviceId?: string;
                                lastLogin?: number;
                                signUp?: number;
                                userId?: string;
                                timeStamp?: number;
                                signature?: string;
                            }[];
                            externalId: string;
                            appProfile: Record<string, never>;
                        } & {
                            [key: string]: string;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    postUserUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    projectId?: string;
                    strategy?: string;
                    provider?: string;
                    data: {
                        guestToken: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success: `result` 1, `message` “Guest data moved to the account”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            /** @description The account’s Cognito `sub`. */
                            userId: string;
                            keyValue: {
                                /** @description Items moved to the account. */
                                moved: number;
                                /** @description The guest’s items the account already had. */
                                dropped: number;
                            };
                            document: {
                                /** @description Items moved to the account. */
                                moved: number;
                                /** @description The guest’s items the account already had. */
                                dropped: number;
                            };
                            profile: {
                                /** @description Items moved to the account. */
                                moved: number;
                                /** @description The guest’s items the account already had. */
                                dropped: number;
                            };
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /** @description The payload is over the gateway’s limit; the function is not called. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    getUserCheckNonstandard: {
        parameters: {
            query?: {
                /** @example a69a31e9-f2e6-4d5f-b080-6138c6a721b7 */
                projectId?: string;
                /** @example email */
                strategy?: string;
                /** @example google */
                provider?: string;
                userId?: string;
                /** @example <Google ID token> */
                accessToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success: `result` 1, `message` “OK”. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 1;
                        message: string;
                        data: {
                            /** @description This backend’s id of the linked user. */
                            userId: string;
                            /** @description Epoch seconds of the last change. */
                            updatedAt: string;
                            nickname: string | null;
                            email: string | null;
                            devices: {
                                deviceId: string;
                                lastLogin: number;
                                signUp: number;
                                userId: string;
                            }[];
                            /** @description The backend’s own access token for this user. */
                            accessToken: string;
                            /** @description Seconds the access token lives. */
                            expiresIn: number;
                        };
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_request` | malformed JSON, wrong or missing fields, body over the limits |
             *     | `unknown_provider` | a provider or strategy the project does not enable |
             *     | `weak_password` | the password breaks the pool’s policy |
             *     | `invalid_code` | a wrong reset code (also for an address without an account) |
             *     | `expired_code` | an expired reset code |
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_request" | "unknown_provider" | "weak_password" | "invalid_code" | "expired_code";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `invalid_credentials` | wrong password or unknown user (one answer: no enumeration) |
             *     | `invalid_token` | a bad token, or one of another project |
             *     | `expired_token` | the token expired |
             *     | `access_denied` | the token was revoked by a logout |
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "invalid_credentials" | "invalid_token" | "expired_token" | "access_denied";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unknown_project` | `projectId` names no configured project |
             *     | `not_found` | not one of the caller’s devices |
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unknown_project" | "not_found";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `throttled` | Cognito or DynamoDB throttled the request |
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "throttled";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `internal` | an unexpected failure (logged; the answer carries no detail) |
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "internal";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
            /**
             * @description | error | when |
             *     |---|---|
             *     | `unavailable` | a dependency is down or timed out |
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        result: 0;
                        /** @enum {string} */
                        error: "unavailable";
                        /** @description Why, for a person. */
                        message: string;
                    };
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                    };
                };
            };
            /** @description Throttled by API Gateway’s stage throttling (the function is not called). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
        };
    };
}
