/** Devices and login history kept beside the identity provider (DynamoDB adapter). */
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

export interface DeviceStore {
  /** The device as already recorded for this user (devices are per user), if any. */
  findDevice(
    projectId: string,
    userId: string,
    deviceId: string,
  ): Promise<DeviceRecord | undefined>;
  /** Upserts the device and appends the sign-in to the user's bounded login history. */
  saveLogin(projectId: string, device: DeviceRecord, maxHistory: number): Promise<void>;
}
