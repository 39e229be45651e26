import { runVerifyAction } from './verify-main.js'

await runVerifyAction()
