export { MonoOffer } from './mono-offer';
