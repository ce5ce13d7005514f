export * from "./file-upload";
export {
  defaultFileUploadMessages,
  describeAccept,
  type FileUploadMessages,
  formatFileSize,
} from "./file-upload-messages";
