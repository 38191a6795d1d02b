import { Global, Module } from '@nestjs/common';
import { BlobStore } from './http/uploads';
import { CommandGateway } from './temporal/command-gateway';

/** What every module's HTTP side may use: the one door to the workflows and the file store. */
@Global()
@Module({ providers: [CommandGateway, BlobStore], exports: [CommandGateway, BlobStore] })
export class PlatformModule {}
