export * from "./otp-input";
