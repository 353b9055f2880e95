/** What the account flows keep beside the identity provider (DynamoDB adapter). */
export interface DeviceRecord {
  readonly deviceId: string;
  readonly userId: string;
  /** Epoch seconds of the first sign-in from this device. */
  readonly signUp: number;
  /** Epoch seconds of this sign-in. */
  readonly lastLogin: number;
  readonly timeStamp: number;
  readonly signature: string;
}

export interface AccountRecord {
  /** Sign-in times, epoch seconds, oldest first. */
  readonly loginHistory: number[];
  /** The app's own JSON object for this user (PUT /user `appProfile`). */
  readonly appProfile: Record<string, unknown>;
}

export interface AccountStore {
  /** The device as already recorded for this user (devices are per user), if any. */
  findDevice(
    projectId: string,
    userId: string,
    deviceId: string,
  ): Promise<DeviceRecord | undefined>;
  listDevices(projectId: string, userId: string): Promise<DeviceRecord[]>;
  /** Upserts the device and appends the sign-in to the user's bounded login history. */
  saveLogin(projectId: string, device: DeviceRecord, maxHistory: number): Promise<void>;
  loadAccount(projectId: string, userId: string): Promise<AccountRecord>;
  saveAppProfile(
    projectId: string,
    userId: string,
    appProfile: Record<string, unknown>,
  ): Promise<void>;
}
