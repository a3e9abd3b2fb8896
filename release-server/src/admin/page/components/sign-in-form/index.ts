export { type SignInMode, SignInView } from './sign-in-view';
