export { SignUpBlock, type SignUpBlockProps } from "./sign-up";
export {
  parseSignUp,
  passwordRules,
  signUpSchema,
  type SignUpAction,
  type SignUpState,
  type SignUpValues,
} from "./schema";
