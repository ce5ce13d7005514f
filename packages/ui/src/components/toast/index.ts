export * from "./toast";
export { toast, type ToastActionOptions, type ToastHandle, type ToastOptions } from "./toast-store";
export * from "./toaster";
