"""Questions the tests share. The key below has the AWS format but was made up for tests."""

AWS_SECRET_QUESTION = (
    "boto3 fails with AccessDenied, my config is aws_access_key_id = AKIAQ3EGRJ5ZB7XNKW2D "
    "aws_secret_access_key = wJ8rXUtnFEMI/K7MDENG/bPxRfiCYzQ3LmNa8sKe9 what is wrong?"
)
