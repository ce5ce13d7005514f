export { SignInBlock, type SignInBlockProps, type SignInProvider } from "./sign-in";
export {
  parseSignIn,
  signInSchema,
  type SignInAction,
  type SignInState,
  type SignInValues,
} from "./schema";
