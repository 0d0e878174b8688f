"""The nineteenth blind round's cryptocurrency secrets and public values (``heldout54``,
``heldout55``): node providers' keys in RPC URLs, raw private keys named as such, seed
phrases, 2FA backup codes, and the addresses and extended public keys that are not
secrets. Each rule with the blind row's shape, variants written for it and the opposite
cases that must keep their verdict; the rows themselves are in the corpus gate once moved
in. (All values are random, made for these tests.)"""

from __future__ import annotations

import pytest

from bot.routing.sensitivity.bip39_words import WORDS
from bot.routing.sensitivity.crypto import find_seed_phrases
from tests.unit.routing.sensitivity_rounds import assert_ordinary, assert_sensitive

_HEX_KEY = "4ab8f54daa4cb5e40cd67401d160daaa2685de92502ae4246f18a31ab9a4d706"
_HEX_KEY_2 = "8ea15f03fbd0ddf475f2cea8e0efcc84d09caf4748928a880b5978eed5db9b19"
_TX_HASH = "d04ce1979954b68ed456dae55acf65111b8b15db346671ee5cfc53c11918564a"
_BLOCK_HASH = "d80dc32a5a79315d4cb3cd83cdd269eb22de95842c68a0a829ac465613f92cbb"
_ANVIL_0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
_ANVIL_1 = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
_SEED_12 = "smile decorate antique sight burger copy decline poet drama response cinnamon left"
_SEED_24 = (
    "injury barrel arena soup transfer lawn response girl time chef paddle vintage chuckle "
    "alien hub stick usual alter van alert daring ginger obtain giraffe"
)
_XPUB = (
    "xpub6BgqVUUwDxTrKfbGYZWGYUcTiuVPfVDGnJubu5a2wZpkGsSayKzTFf9fRL3PyCSADKToJXEvhNSNqGaLZAtEhYz"
    "sb1z8nfA6y1u6ToKVHxf"
)
_ZPUB = (
    "zpub6rYyMVpvq8GZbErB61WvXoKNwZftHFXziizeMPUY1vaEajs94yuyFVC22cX71JU6b7Ag4C4Uw7aYx6WgyMHgFtn"
    "3ercWRKYrq4CsUMyxmEV"
)
_XPRV = (
    "xprv9xgxDfhqGTsiPaSLSrV1obctBDPQisu7X1mg9u2wopyQfJdYsbvk1GrdRMFJVjC4PvG9FM1iYkcfu6uzBKMTd29"
    "tJELPqdxHxMgY2eUpTba"
)
_ZPRV = (
    "zprvAdKv7oHgr5fAvnujutkxWHxX5G7UPorGHqARD6SfQs4VqGdxBYTU1Y3bV7pvMEcAmvAPyuMFRs6jC3SBhMr3Gx"
    "EPoe8jo81kFRTCXUJZpub"
)

SENSITIVE = [
    # A. a node provider's key in the RPC URL's path: Alchemy (the blind row's shape), and
    # Infura, QuickNode, Ankr, Chainstack, a websocket URL and a .env line
    (
        "node-watcher log:\n```\n2024-09-11T10:06:45Z WARN rpc: request failed "
        "url=https://eth-mainnet.g.alchemy.com/v2/M6aYfZzj6SsWFjsEOfJrjAP1KsH69S2a "
        'method=eth_getLogs err="429 Too Many Requests"\n```',
        "secret.api_key",
    ),
    (
        "Solana withdrawals are slow. endpoint is https://frosty-silent-pond.solana-mainnet."
        "quiknode.pro/efc74c78f6523172363f4ce2685ccb7026cb1331/ - commitment level or the node?",
        "secret.api_key",
    ),
    ("MAINNET_RPC=https://mainnet.infura.io/v3/ffbf9b4693db7d7c45b9233f553d3364", "secret.api_key"),
    (
        "le websocket tombe toutes les 10 min : wss://polygon-mainnet.infura.io/ws/v3/"
        "fa94fb02a651a6c89c2a88f669b59738, on passe à Alchemy ?",
        "secret.api_key",
    ),
    (
        f"o fork falha com https://rpc.ankr.com/eth/{_HEX_KEY_2} - é limite do plano?",
        "secret.api_key",
    ),
    (
        "const provider = new JsonRpcProvider('https://arb-sepolia.g.alchemy.com/v2/"
        "8pfSKRVJez4M8z65Yu0QbnF0E4Z-RTZJ')",
        "secret.api_key",
    ),
    (
        "chainstack node: https://nd-123-456-789.p2pify.com/fa94fb02a651a6c89c2a88f669b59738",
        "secret.api_key",
    ),
    # B. a raw private key named by the call or the words around it
    (
        "quick python to propose a Safe tx:\n```python\nfrom eth_account import Account\n"
        f'signer = Account.from_key("0x{_HEX_KEY}")\n```\nthe Safe service says not an owner',
        "secret.private_key",
    ),
    (
        f"배포자 지갑 개인키가 {_HEX_KEY} 인데, Hardhat 설정에 넣으면 에러가 나요.",
        "secret.private_key",
    ),
    (f"部署钱包的私钥是 0x{_HEX_KEY_2}，为什么 hardhat 报错？", "secret.private_key"),  # noqa: RUF001
    (f"la clé privée du signer : {_HEX_KEY}, elle ne passe pas dans forge", "secret.private_key"),
    (f"mi clave privada es 0x{_HEX_KEY_2} y metamask dice inválida", "secret.private_key"),
    (f"const wallet = new ethers.Wallet('0x{_HEX_KEY}', provider);", "secret.private_key"),
    (f"the ops signer key: {_HEX_KEY_2} (don't share)", "secret.private_key"),
    (f"cast wallet address --private-key {_HEX_KEY}", "secret.private_key"),
    # ... even in a message that mentions Hardhat's default accounts elsewhere
    (
        "locally we run `npx hardhat node` and use its default account #0 for every test. "
        "The deploy script then reads the network from the CLI flag and verifies on "
        "Etherscan after five confirmations, nothing special there.\n"
        f"For mainnet the deployer private key is 0x{_HEX_KEY}, why is the nonce wrong?",
        "secret.private_key",
    ),
    # ... in a Hardhat network's accounts array
    (
        "networks: {\n  sepolia: {\n    url: process.env.SEPOLIA_URL,\n"
        f'    accounts: ["0x{_HEX_KEY}"],\n  }},\n}}',
        "secret.private_key",
    ),
    # C. a seed phrase: inline (the blind row's shape), 24 words in a numbered list, comma
    # separated, in German, and with no word naming it
    (
        f"restoring the staging hot wallet, mnemonic: `{_SEED_12}` and path m/84'/0'/0'/0/0. "
        "I get a different address, electrum vs bitcoinjs?",
        "secret.private_key",
    ),
    (
        "recovery sheet:\n"
        + "\n".join(f"{n:2}. {w}" for n, w in enumerate(_SEED_24.split(), 1))
        + "\ndoes the last word look like a valid checksum?",
        "secret.private_key",
    ),
    ("seed: " + ", ".join(_SEED_12.split()), "secret.private_key"),
    (f"Die Wiederherstellungsphrase lautet {_SEED_24}. Geht das mit Ledger?", "secret.private_key"),
    (f"{_SEED_12.upper()}", "secret.private_key"),
    # D. extended private keys and WIF keys (kept: these were already reported as random)
    (f'xprv = "{_XPRV}"', "secret.private_key"),
    (f"the backup wallet's account key {_ZPRV} imports fine in Sparrow", "secret.private_key"),
    ("k = Key('L1QYo626M6XauM6M5gqwSCvsfpy8Xc2YskyKBXCGjVU4hzeVCGTN')", "secret.private_key"),
    ("bitcoin-cli importprivkey 5JuzRrambhVGHwR4j1eokJKkPkPdNutJqUCycMwWwEZG4KXiMJh", None),
    ("testnet faucet key cQ6jwvWqLvGTDq3ErySJHVi5aCjaNakXFHxi1qzWAcC1wADpUXHv", None),
    # E. 2FA backup codes after their name: Portuguese (the blind row), English, Spanish,
    # French, with the codes on their own lines
    (
        "códigos de backup do 2FA da conta admin do AWS (guarda pra mim):\n"
        "08625318  16979488  87407542  35022778  19117067",
        "secret.recovery_code",
    ),
    (
        "GitHub 2FA backup codes for the bot account:\n40571928\n77310465\n12984736\n55017392",
        "secret.recovery_code",
    ),
    (
        "guarda estos códigos de respaldo de Google: 39104857 61029384 88102736 20475613",
        "secret.recovery_code",
    ),
    (
        "voici les codes de récupération du compte admin : 48102957, 10394857, 77201948, 66104829",
        "secret.recovery_code",
    ),
]

ORDINARY = [
    # A. the providers' public endpoints, placeholders and Alchemy's demo key
    "reads go to https://rpc.ankr.com/eth (the free public endpoint), writes via our node",
    "ETH_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}",
    "docs say use https://mainnet.infura.io/v3/YOUR-PROJECT-ID and replace the id",
    'curl https://eth-mainnet.g.alchemy.com/v2/demo -X POST -d \'{"method":"eth_blockNumber"}\'',
    # B. 64 hex digits that are hashes, not keys, and the well-known dev keys
    f"withdrawal tx 0x{_TX_HASH} has been pending for 40 min, safe to replace with same nonce?",
    f"reorg detected old_hash=0x{_BLOCK_HASH} new_hash=0x{_TX_HASH}",
    f"the private key leaked? no, that was the tx hash 0x{_TX_HASH} in the log",
    f"topic0 0x{_TX_HASH} is Transfer(address,address,uint256)",
    f"anvil account #0 private key 0x{_ANVIL_0}, why does forge test run out of funds?",
    f"hardhat.config: accounts: ['0x{_ANVIL_1}'] for the local node",
    "for local fork tests we use anvil's default account #0 (private key "
    f"0x{_HEX_KEY}, the publicly known one printed by `anvil`), do I need vm.deal?",
    "const { DEPLOYER_PRIVATE_KEY } = process.env; accounts: DEPLOYER_PRIVATE_KEY ? "
    "[DEPLOYER_PRIVATE_KEY] : []",
    # C. test mnemonics, seed phrase talk, the word list itself, and list-word-heavy prose
    'accounts: { mnemonic: "test test test test test test test test test test test junk" }',
    "BIP39 vector: abandon abandon abandon abandon abandon abandon abandon abandon abandon "
    "abandon abandon about",
    "the 24-word seed phrases are split with SLIP-39 into 3-of-5 shares on steel plates",
    "bip39 english.txt starts: " + " ".join(WORDS[:20]),
    "Please review the draft budget before Monday; the finance team will check each item and "
    "flag anything that looks unusual to them.",
    # D. public values: addresses and extended public keys
    "withdrawal queue:\n```\nwd_63zu  USDC  2.55  to=FN32Gey16MgSgbrjZ65TvNn52Ew5NUZYMctCoF7DPeG7"
    "  status=SIGNING\nwd_v60e  SOL  1.28  to=ChSvuA3Sa4ZxGEZLYc7mTxYM1nrNduVe2UePRzXJ1qvo"
    "  status=SIGNING\n```\nsigner healthcheck is green",
    "phantom shows the mint B3eCWBVPa3n7LVqEDPCkMBsuT1wNuJ78pAhhZFmFEMpK with no metadata",
    "USDT-TRC20 withdrawals: user entered TXJN6gKVFB3NupzfSEiF59jQ1z4BQX5Dsw, validator says "
    "invalid. is the length check off by one?",
    "Tron deposit address TWQiioHDB4MqErWgYSvSkakeKh7MYUxSgB shows 0 TRX on tronscan",
    "customer sent BTC to 14HsGqjFeZdzSLQMmXebX3gPPLkGm5zz29, and the change went to "
    "32AMtKjJo6snGVEPKMBKjkytf833VtpCrp",
    "litecoin payout address LQonWcFMZMxSFMVzV4a2F7dT8A1QC1182Y fails validation",
    f"watch-only wallet for accounting, they only get the xpub: `{_XPUB}`. safe?",
    f"zpub for the Sparrow watch wallet: {_ZPUB}",
    # E. backup talk with numbers that are not codes
    "backup job ran on 20240101 20240102 20240103 20240104, all green",
    "we should print the 2FA backup codes and store them in the safe, not in Slack",
]


@pytest.mark.parametrize(("text", "label"), SENSITIVE)
def test_nineteenth_round_crypto_secrets_are_found(text: str, label: str | None) -> None:
    assert_sensitive(text, label)


@pytest.mark.parametrize("text", ORDINARY)
def test_nineteenth_round_crypto_public_values_stay_ordinary(text: str) -> None:
    assert_ordinary(text)


def test_a_seed_phrase_is_reported_whole() -> None:
    text = f"mnemonic: {_SEED_12} and path"
    (finding,) = find_seed_phrases(text)
    assert text[finding.start : finding.end] == _SEED_12
